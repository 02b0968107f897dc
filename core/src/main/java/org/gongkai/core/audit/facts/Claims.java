package org.gongkai.core.audit.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;

/**
 * Every claim of a disclosure's narrative, in reading order. The topic of each paragraph comes from its
 * headings; a paragraph that is itself a numbered heading line ("（二）政府采购情况") counts as one, so
 * readers that keep headings as paragraphs work too.
 */
public final class Claims {
    private static final Pattern HAS_FIGURE = Pattern.compile(".*\\d+(?:\\.\\d+)?\\s*(万元|元|亿元|%).*");
    private static final Pattern HEADING_LINE =
            Pattern.compile("^\\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\\s*(.*)$");
    /** A "label：value" line of a form (项目名称：…, 设立的政策依据：…): a line of its own, never a wrap. */
    private static final Pattern FIELD_LINE =
            Pattern.compile("^\\s*[\\d、.．]*[\\u4e00-\\u9fa5（）()]{2,12}[：:].*$", Pattern.DOTALL);

    private static final Pattern PROJECT_NAME = Pattern.compile("项目名称[：:]\\s*(.+?)\\s*$");

    private final List<Claim> all;
    private final List<Paragraph> paragraphs;

    private final java.util.Map<Integer, List<Claim>> byParagraph = new java.util.HashMap<>();
    /** Claims of each kind in reading order; rules ask for a kind many times per audit. */
    private final java.util.Map<Claim.Kind, List<Claim>> byKind = new java.util.EnumMap<>(Claim.Kind.class);

    private Claims(List<Claim> all, List<Paragraph> paragraphs) {
        this.all = List.copyOf(all);
        this.paragraphs = List.copyOf(paragraphs);
        for (Claim c : this.all) {
            byParagraph.computeIfAbsent(c.paragraph(), k -> new ArrayList<>()).add(c);
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        byKind.replaceAll((k, v) -> List.copyOf(v));
    }

    public static Claims of(Disclosure disclosure, Facts facts) {
        boolean finalAccounts =
                disclosure.info().kind() == org.gongkai.core.disclosure.DisclosureInfo.Kind.FINAL_ACCOUNTS;
        ClaimExtractor extractor = new ClaimExtractor(SubjectLexicon.of(facts), finalAccounts);
        List<Claim> claims = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        Topic outer = Topic.OTHER;
        Topic inner = Topic.OTHER;
        String outerNumber = "";
        String innerNumber = "";
        Subject project = Subject.NONE;
        for (Block b : joinWrappedLines(disclosure.blocks())) {
            if (b instanceof Heading h) {
                if (h.level() <= 2) {
                    outer = h.level() == 1 ? Topic.OTHER : Topic.of(h.text());
                    outerNumber = h.number();
                    inner = Topic.OTHER;
                    innerNumber = "";
                } else {
                    inner = Topic.of(h.text());
                    innerNumber = h.number();
                }
                project = Subject.NONE;
                continue;
            }
            if (!(b instanceof Paragraph p)) {
                continue;
            }
            Matcher hl = p.text().length() <= 60 && mayBeHeadingLine(p.text()) ? HEADING_LINE.matcher(p.text()) : null;
            if (hl != null && hl.matches()) {
                String number = hl.group(1).trim();
                if (number.startsWith("第")) {
                    outer = Topic.OTHER;
                    inner = Topic.OTHER;
                } else if (number.endsWith("、")) {
                    outer = Topic.of(hl.group(2));
                    outerNumber = number.substring(0, number.length() - 1);
                    inner = Topic.OTHER;
                    innerNumber = "";
                } else {
                    inner = Topic.of(hl.group(2));
                    innerNumber = number;
                }
                project = Subject.NONE;
                if (!HAS_FIGURE.matcher(p.text()).matches()) {
                    continue;
                }
            }
            Topic topic = inner != Topic.OTHER ? inner : outer;
            Matcher pn = p.text().contains("项目名称") ? PROJECT_NAME.matcher(p.text()) : null;
            if (pn != null && pn.find() && !pn.group(1).equals("无")) {
                project = new Subject("project:" + pn.group(1), pn.group(1));
            }
            String section = !p.section().isEmpty()
                    ? p.section()
                    : (outerNumber + (innerNumber.isEmpty() ? "" : "/" + innerNumber));
            int index = paragraphs.size();
            paragraphs.add(p);
            claims.addAll(extractor.extract(p, index, topic, section, project));
        }
        return new Claims(claims, paragraphs);
    }

    /**
     * Paragraphs read from page text are often single printed lines: a long line that stops mid-sentence
     * continues in the next paragraph ("…基本支出 9800.36 万" / "元，占 36.93%"). Such lines are joined so a
     * sentence is read whole; spans then count from the start of the first line.
     */
    static List<Block> joinWrappedLines(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        Paragraph pending = null;
        for (Block b : blocks) {
            // a numbered line that runs on ("（二）公务用车购置及运行费113.76万元，…其中：公务用车购置费75万") is prose
            // wrapped like any other, not a title: it starts a paragraph but never continues one
            boolean headingLike = b instanceof Paragraph hp && isHeadingLine(hp.text());
            if (b instanceof Paragraph p && (!headingLike || isWrappedProse(p.text()))) {
                if (pending != null
                        && !headingLike
                        && pending.section().equals(p.section())
                        && isWrapped(pending.text())
                        && !FIELD_LINE.matcher(pending.text()).matches()
                        && !FIELD_LINE.matcher(p.text()).matches()) {
                    pending = new Paragraph(
                            pending.section(),
                            pending.text().stripTrailing() + p.text().strip(),
                            pending.ref());
                    continue;
                }
                if (pending != null) {
                    out.add(pending);
                }
                pending = p;
                continue;
            }
            if (pending != null) {
                out.add(pending);
                pending = null;
            }
            out.add(b);
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    private static boolean isHeadingLine(String text) {
        return mayBeHeadingLine(text) && HEADING_LINE.matcher(text).matches();
    }

    /** Necessary for {@link #HEADING_LINE}: the first character after leading white space opens a number. */
    private static boolean mayBeHeadingLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (" \t\n\u000B\f\r".indexOf(c) < 0) {
                return "第一二三四五六七八九十（(".indexOf(c) >= 0;
            }
        }
        return false;
    }

    private static boolean isWrappedProse(String text) {
        return isWrapped(text) && (text.indexOf('，') >= 0 || text.indexOf(',') >= 0);
    }

    private static boolean isWrapped(String text) {
        String t = text.strip();
        return t.length() >= 25 && "。；;！!？?：:".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    public List<Claim> all() {
        return all;
    }

    /** The paragraphs claims refer to by index. */
    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Claim> of(Claim.Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Claims of one sentence (same paragraph and sentence index). */
    public List<Claim> sentenceOf(Claim c) {
        return paragraphOf(c).stream().filter(x -> x.sentence() == c.sentence()).toList();
    }

    /** Claims of the paragraph of {@code c}. */
    public List<Claim> paragraphOf(Claim c) {
        return byParagraph.getOrDefault(c.paragraph(), List.of());
    }
}
