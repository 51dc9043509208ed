package org.leiojournal.domain.lab;

/** The groups a lab report prints tests in, in the order the entry form shows them. */
public enum LabPanel { BLOOD_COUNT, LIVER, MUSCLE, KIDNEY, SALTS, OTHER, URINE }
