package org.leiojournal.rulecheck;

/** What is wrong with a scenario or a rules file, in one line that names the place: "checkIns[2].signs: …". */
public final class ScenarioProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public ScenarioProblem(String message) {
        super(message);
    }
}
