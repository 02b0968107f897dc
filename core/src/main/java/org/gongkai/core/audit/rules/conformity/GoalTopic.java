package org.gongkai.core.audit.rules.conformity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a target table's 年度目标 is about its own project. Word overlap is weak evidence: a goal may name
 * only the works ("开展管线搬迁及围护结构施工") of a project named after places ("某路下立交工程"). So the
 * project name is compared by its content words only (generic words such as 项目、工程、经费 removed), a
 * construction project's goal may speak of its works instead, and a goal naming another project of the same
 * document is reported even when it shares words with its own.
 */
final class GoalTopic {
    private GoalTopic() {}

    /** Below this share of the name's content bigrams found in the goal, the goal is off topic. */
    private static final int MIN_PERCENT = 20;
    /** A name needs this many content bigrams to be judged at all. */
    private static final int MIN_BIGRAMS = 3;
    /** Another project counts as named in the goal from this share of its content bigrams. */
    private static final int OTHER_PERCENT = 60;

    /** Why a goal looks like another project's, for the message. */
    record Verdict(String why) {}

    static Optional<Verdict> judge(String project, String goal, List<String> otherProjects) {
        Set<String> own = contentBigrams(project);
        int percent = percent(own, goal);
        for (String other : otherProjects) {
            Set<String> theirs = contentBigrams(other);
            theirs.removeAll(own); // words both names share say nothing about which project is meant
            if (theirs.size() >= 2 && percent(theirs, goal) >= OTHER_PERCENT && percent < OTHER_PERCENT) {
                return Optional.of(new Verdict("写的是另一项目“" + other.strip() + "”"));
            }
        }
        if (own.size() < MIN_BIGRAMS || percent >= MIN_PERCENT) {
            return Optional.empty();
        }
        if (IndicatorLexicon.containsAny(project, "construction-name")
                && IndicatorLexicon.containsAny(goal, "construction-works")) {
            return Optional.empty(); // a construction project's goal names its works, not its places
        }
        return Optional.of(new Verdict("与项目名称几乎没有共同字词（" + percent + "%）"));
    }

    /** Two-character Han pieces of a name once its generic words are cut out. */
    static Set<String> contentBigrams(String name) {
        String n = Texts.norm(name);
        for (String word : IndicatorLexicon.list("goal-generic")) {
            n = n.replace(word, "|");
        }
        return new HashSet<>(Texts.hanBigrams(n));
    }

    private static int percent(Set<String> bigrams, String text) {
        if (bigrams.isEmpty()) {
            return 0;
        }
        String t = Texts.norm(text);
        long shared = bigrams.stream().filter(t::contains).count();
        return (int) (shared * 100 / bigrams.size());
    }
}
