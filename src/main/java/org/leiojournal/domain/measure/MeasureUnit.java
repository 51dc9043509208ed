package org.leiojournal.domain.measure;

/** A unit a reading is typed in (°C or °F, kg or lb): what it is called on screen. */
public interface MeasureUnit {

    String symbol();
}
