package org.gongkai.core.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.json.JsonFormatException.Problem;

/**
 * Reads the fields of one JSON object with its path, collecting problems instead of stopping at the
 * first. A getter never fails: on a problem it records it and returns a harmless default, so reading
 * goes on and reports everything; the caller throws once at the end. Every field asked for counts as
 * known; {@link #end()} reports the others as unknown (a typo must not be silently dropped).
 */
final class Fields {
    private static final Pattern YUAN = Pattern.compile("-?\\d+(\\.\\d{1,2})?");
    private static final Pattern WAN = Pattern.compile("-?\\d+(\\.\\d{1,6})?");

    /** Shared state of one read: the problems and the money unit of the document. */
    static final class Context {
        final List<Problem> problems = new ArrayList<>();
        boolean wan;

        void problem(String path, String expected, String found) {
            problems.add(new Problem(path, expected, found));
        }

        String amountExpectation() {
            return wan ? "金额（万元，最多六位小数）" : "金额（元，最多两位小数）";
        }
    }

    private final Context cx;
    private final String path;
    private final Map<String, Object> map;
    private final Set<String> known = new LinkedHashSet<>();

    private Fields(Context cx, String path, Map<String, Object> map) {
        this.cx = cx;
        this.path = path;
        this.map = map;
    }

    /** Fields of a value expected to be an object; an empty object (after a problem) otherwise. */
    @SuppressWarnings("unchecked")
    static Fields of(Context cx, String path, Object value) {
        if (value instanceof Map<?, ?> m) {
            return new Fields(cx, path, (Map<String, Object>) m);
        }
        cx.problem(path, "对象", found(value));
        return new Fields(cx, path, Map.of()).silent();
    }

    private boolean silent;

    private Fields silent() {
        silent = true;
        return this;
    }

    Context context() {
        return cx;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + key : path + "['" + key + "']";
    }

    boolean has(String key) {
        known.add(key);
        return map.get(key) != null;
    }

    Object raw(String key) {
        known.add(key);
        return map.get(key);
    }

    private Object required(String key, String expected) {
        known.add(key);
        Object v = map.get(key);
        if (v == null && !silent) {
            cx.problem(path(key), expected, map.containsKey(key) ? "null" : "缺失");
        }
        return v;
    }

    String string(String key) {
        Object v = required(key, "文本");
        return asString(v, path(key));
    }

    String optString(String key, String fallback) {
        Object v = raw(key);
        return v == null ? fallback : asString(v, path(key));
    }

    private String asString(Object v, String at) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        cx.problem(at, "文本", found(v));
        return "";
    }

    /** A string matching a pattern (codes, dates); {@code what} says what it should be in Chinese. */
    String matching(String key, Pattern pattern, String what) {
        Object v = required(key, what);
        if (v == null) {
            return "";
        }
        if (v instanceof String s && pattern.matcher(s).matches()) {
            return s;
        }
        cx.problem(path(key), what, found(v));
        return "";
    }

    int integer(String key) {
        Object v = required(key, "整数");
        return v == null ? 0 : asInt(v, path(key), false);
    }

    int optInteger(String key, int fallback, boolean allowNegative) {
        Object v = raw(key);
        return v == null ? fallback : asInt(v, path(key), allowNegative);
    }

    int count(String key) {
        Object v = required(key, "非负整数");
        return v == null ? 0 : asInt(v, path(key), false);
    }

    int asInt(Object v, String at, boolean allowNegative) {
        String expected = allowNegative ? "整数" : "非负整数";
        if (v instanceof BigDecimal d) {
            try {
                int i = d.intValueExact();
                if (i >= 0 || allowNegative) {
                    return i;
                }
            } catch (ArithmeticException e) {
                // not an integer: reported below
            }
        }
        cx.problem(at, expected, found(v));
        return 0;
    }

    /** A non-negative decimal that is not money (an area). */
    BigDecimal decimal(String key) {
        Object v = required(key, "非负数");
        if (v == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = asDecimal(v);
        if (d == null || d.signum() < 0) {
            cx.problem(path(key), "非负数", found(v));
            return BigDecimal.ZERO;
        }
        return d;
    }

    Amount amount(String key) {
        Object v = required(key, cx.amountExpectation());
        return v == null ? Amount.ZERO : asAmount(v, path(key));
    }

    Amount optAmount(String key, Amount fallback) {
        Object v = raw(key);
        return v == null ? fallback : asAmount(v, path(key));
    }

    /** Money as a JSON string ("2682200.00") or number, in the document's unit; never negative. */
    Amount asAmount(Object v, String at) {
        BigDecimal d = asDecimal(v);
        String text = d == null ? null : d.toPlainString();
        if (d != null && d.signum() >= 0 && (cx.wan ? WAN : YUAN).matcher(text).matches()) {
            return cx.wan ? Amount.ofWan(d) : Amount.ofYuan(d);
        }
        if (d != null && d.signum() < 0) {
            cx.problem(at, "非负" + cx.amountExpectation(), found(v));
        } else {
            cx.problem(at, cx.amountExpectation(), found(v));
        }
        return Amount.ZERO;
    }

    private static BigDecimal asDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof String s && s.strip().matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(s.strip());
        }
        return null;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        Object v = required(key, "取值之一：" + names(type));
        if (v == null) {
            return fallback;
        }
        if (v instanceof String s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
        }
        cx.problem(path(key), "取值之一：" + names(type), found(v));
        return fallback;
    }

    private static String names(Class<? extends Enum<?>> type) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> e : type.getEnumConstants()) {
            sb.append(sb.length() == 0 ? "" : "、").append(e.name());
        }
        return sb.toString();
    }

    Fields object(String key) {
        Object v = required(key, "对象");
        return v == null ? new Fields(cx, path(key), Map.of()).silent() : of(cx, path(key), v);
    }

    /** The elements of an array field read one by one; empty when absent and not required. */
    <T> List<T> list(String key, boolean required, BiFunction<Object, String, T> element) {
        Object v = required ? required(key, "数组") : raw(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            cx.problem(path(key), "数组", found(v));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T t = element.apply(items.get(i), path(key) + "[" + i + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    List<String> strings(String key) {
        return list(key, false, (v, at) -> asString(v, at));
    }

    /** Reports every field that no getter asked for. */
    void end() {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                cx.problem(
                        path(key), "已知字段（" + String.join("、", known) + "）", "未知字段 \"" + key + "\"" + suggestion(key));
            }
        }
    }

    /** "（是否应为 "divisions"？）" when a known field is within two edits of a misspelt one. */
    private String suggestion(String key) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null ? "" : "（是否应为 \"" + best + "\"？）";
    }

    /** Optimal string alignment distance (adjacent swaps count as one edit, the usual typo). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** How a found value is shown in a message: strings quoted, numbers plain, kinds named. */
    static String found(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "\"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof Map<?, ?>) {
            return "对象";
        }
        if (v instanceof List<?>) {
            return "数组";
        }
        return v.toString();
    }
}
