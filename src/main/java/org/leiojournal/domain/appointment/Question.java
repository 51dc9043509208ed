package org.leiojournal.domain.appointment;

import java.util.Objects;

/** One question the user wants to ask at a visit, and what the answer was if they noted it. */
public record Question(String text, QuestionState state, String answer) {

    public static final int MAX_LENGTH = 500;

    public Question {
        Objects.requireNonNull(state, "state");
        text = text == null ? "" : text.strip();
        answer = answer == null ? "" : answer;
        if (text.isEmpty() || text.length() > MAX_LENGTH || answer.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a question needs 1–" + MAX_LENGTH + " characters");
        }
    }

    public static Question open(String text) {
        return new Question(text, QuestionState.OPEN, "");
    }

    public boolean isOpen() {
        return state == QuestionState.OPEN;
    }

    public Question answered(boolean isAnswered) {
        return new Question(text, isAnswered ? QuestionState.ANSWERED : QuestionState.OPEN, answer);
    }

    public Question withAnswer(String newAnswer) {
        return new Question(text, state, newAnswer);
    }
}
