package org.leiojournal.transfer;

import java.io.IOException;

/** A problem found while reading an export (JSON or CSV): carries its place and reason, and ends the reading. */
final class ProblemInFile extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient ImportProblem problem;

    ProblemInFile(ImportProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }
}
