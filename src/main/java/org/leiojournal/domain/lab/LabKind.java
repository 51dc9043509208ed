package org.leiojournal.domain.lab;

/** A number in a unit, or one of a few printed words (a urine dipstick: negative, trace, 1+ …). */
public enum LabKind { NUMBER, ORDINAL }
