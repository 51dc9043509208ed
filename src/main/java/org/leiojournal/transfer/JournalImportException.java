package org.leiojournal.transfer;

/** A file was not imported, and the journal is as it was; {@link #problem()} says where and why. */
public final class JournalImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    public JournalImportException(ImportProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
