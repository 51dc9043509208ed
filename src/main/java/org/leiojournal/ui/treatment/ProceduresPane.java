package org.leiojournal.ui.treatment;

import org.leiojournal.ui.common.Columns;
import org.leiojournal.ui.common.Forms;

import javafx.scene.layout.BorderPane;
import org.leiojournal.ui.common.Messages;

/** Operations and radiotherapy, side by side, each with its list and form. */
public final class ProceduresPane extends BorderPane {

    public ProceduresPane(ProceduresViewModel model, Messages messages) {
        TreatmentPaneTop.dress(this, "procedures", model.statusProperty());
        SurgeryCard surgeries = new SurgeryCard(model, messages);
        RadiotherapyCard radiotherapy = new RadiotherapyCard(model, messages);
        // side by side while each card gets 26 em; one under the other with large text (issue 20)
        setCenter(Forms.scrolling(new Columns(MedicinesPane.COLUMN, 16, surgeries, radiotherapy)));
    }
}
