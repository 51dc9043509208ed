package org.leiojournal.storage;

/** The rows were not imported, and the journal was left as it was: {@link #problem()} says why. */
public final class RowsRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient RowProblem problem;

    public RowsRejectedException(RowProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public RowProblem problem() {
        return problem;
    }
}
