package org.leiojournal.transfer.fhir;

/** A FHIR file that is not read at all, with the one line that says why; the journal is as it was. */
public final class FhirRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public FhirRefusedException(String why) {
        super(why);
    }
}
