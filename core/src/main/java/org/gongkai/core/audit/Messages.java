package org.gongkai.core.audit;

import java.util.Map;

/** Fills {name} placeholders of a message template. */
public final class Messages {
    private Messages() {}

    public static String fill(String template, Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                sb.append(template, i, template.length());
                break;
            }
            sb.append(template, i, open);
            String key = template.substring(open + 1, close);
            String value = values.get(key);
            sb.append(value != null ? value : "{" + key + "}");
            i = close + 1;
        }
        return sb.toString();
    }
}
