package org.leiojournal.ui.appointment;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.leiojournal.domain.followup.Proposal;

/**
 * A line of the preview: a proposed appointment, how it reads, and whether the user keeps it ticked. Past dates
 * and those already in the appointments are shown but cannot be ticked.
 */
public final class ProposalRow {

    private final Proposal proposal;
    private final String text;
    private final BooleanProperty chosen;

    ProposalRow(Proposal proposal, String text) {
        this.proposal = proposal;
        this.text = text;
        this.chosen = new SimpleBooleanProperty(proposal.offered());
    }

    public Proposal proposal() { return proposal; }
    public String text() { return text; }
    public boolean offered() { return proposal.offered(); }
    public BooleanProperty chosenProperty() { return chosen; }

    boolean toAdd() {
        return proposal.offered() && chosen.get();
    }
}
