package org.leiojournal.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed documents' claims that facts.md marks ⚠ as wrong or outdated, as patterns over a panel's text. Some
 * claims are fine when denied ("LMS does not grow from a fibroid"): their rules look for a "not", "no" or "never"
 * among the four words before them, in the same clause and after any comma, so "it is not a fibroid, but it can
 * grow from one" is still caught. Others are wrong however they are put, and are not allowed at all.
 */
final class ForbiddenClaims {

    private static final Pattern CLAUSE = Pattern.compile("[.;:!?]\\s+|\\n");
    private static final Pattern SENTENCE = Pattern.compile("[.!?]\\s+|\\n");
    private static final int NEAR_WORDS = 4;
    private static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|nor|cannot|without)\\b|n’t\\b|n't\\b");

    private record Rule(String claim, Pattern pattern, boolean deniable) {
    }

    private static final List<Rule> RULES = List.of(
            always("survival benefit (seeds 002/003)", "survival benefit|clear survival"),
            deniable("treatment improves survival (RT, adjuvant chemo)",
                    "(improv|enhanc|increas|prolong|lengthen|boost)\\w*\\s+(overall\\s+)?survival"),
            always("better outcome after adjuvant chemotherapy (seed 000)", "better outcomes?"),
            always("MDM2 mutation (seed 000)", "mdm2"),
            always("incidence 2–7 per million (seed 000)", "per million"),
            always("2–7% or 5–10% of soft-tissue sarcomas (seeds 000/003)",
                    "\\b2\\s*(–|-|to)\\s*7\\s*%|\\b5\\s*(–|-|to)\\s*10\\s*%|\\b2\\s*(–|-|to)\\s*7\\s+per"),
            deniable("LMS arises from fibroids",
                    "(aris|grow|develop|start|come|form|turn)\\w*\\s+(from|out of|in|within)\\s+(an?\\s+)?"
                            + "(fibroid|leiomyoma)"),
            deniable("fibroids turn into LMS",
                    "(fibroid|leiomyoma)s?\\s+(can\\s+|may\\s+|often\\s+|sometimes\\s+)?(turn|become|change)\\w*\\s+"
                            + "(into\\s+)?(an?\\s+)?(cancer|lms|leiomyosarcoma|sarcoma|malignan)"),
            always("bevacizumab helps (seed 001)", "bevacizumab|avastin"),
            always("stomach or small intestine as a common site (seeds 000/003)", "stomach|small intestine"),
            always("uterine LMS frequently responds to hormones (seed 003)", "frequently respond"),
            deniable("responds to hormone treatment", "respond\\w*\\s+(well\\s+)?to\\s+hormon"),
            always("mutation-targeted drugs approved for LMS (seed 000)",
                    "target\\w*\\s+(specific\\s+)?(genetic\\s+)?mutation"),
            always("pazopanib approved for LMS (seed 002)", "approved for (leiomyosarcoma|lms)"),
            always("ESAS scores as CTCAE grades", "\\bgrade\\s*[1-5]\\b"),
            deniable("a dose or total called safe", "\\bsafe\\b"));

    private static final Pattern GEM_DOC = Pattern.compile("gemcitabine|docetaxel|gem/doc");
    private static final Pattern FIRST_LINE = Pattern.compile(
            "typical|standard first|first-line standard|standard treatment|usual first|first choice");
    private static final Pattern PAZOPANIB = Pattern.compile("pazopanib");
    private static final Pattern WITH_CHEMO = Pattern.compile(
            "(combined|together|along)\\s+with\\s+(chemotherapy|radiotherapy)");

    private ForbiddenClaims() {
    }

    /** The claims this text makes, each named with the clause that makes it; empty when it makes none. */
    static List<String> in(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("empty stomach", "empty tummy");
        List<String> found = new ArrayList<>();
        for (String clause : CLAUSE.split(lower)) {
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(clause);
                while (m.find()) {
                    boolean denied = rule.deniable() && NEGATION.matcher(justBefore(clause, m.start())).find();
                    if (!denied) {
                        found.add(rule.claim() + ": \"" + clause.strip() + "\"");
                    }
                }
            }
        }
        for (String sentence : SENTENCE.split(lower)) {
            if (GEM_DOC.matcher(sentence).find() && FIRST_LINE.matcher(sentence).find()) {
                found.add("gemcitabine + docetaxel as the typical first treatment (seed 002): \"" + sentence + "\"");
            }
            if (PAZOPANIB.matcher(sentence).find() && WITH_CHEMO.matcher(sentence).find()
                    && !sentence.contains("research") && !sentence.contains("trial")) {
                found.add("pazopanib combined with chemotherapy or radiotherapy (seed 002): \"" + sentence + "\"");
            }
        }
        return found;
    }

    /** The few words before a match, back to the last comma: a "not" further away denies something else. */
    private static String justBefore(String clause, int end) {
        String before = clause.substring(0, end);
        before = before.substring(before.lastIndexOf(',') + 1).strip();
        String[] words = before.isEmpty() ? new String[0] : before.split("\\s+");
        return String.join(" ", List.of(words).subList(Math.max(0, words.length - NEAR_WORDS), words.length));
    }

    private static Rule always(String claim, String regex) {
        return new Rule(claim, Pattern.compile(regex), false);
    }

    private static Rule deniable(String claim, String regex) {
        return new Rule(claim, Pattern.compile(regex), true);
    }
}
