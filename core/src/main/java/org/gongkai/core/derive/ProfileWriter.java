package org.gongkai.core.derive;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.Staffing;
import org.gongkai.core.budget.UnitProfile;
import org.gongkai.core.derive.table.Numerals;
import org.gongkai.core.template.Template;

/**
 * Sentences of part one (概况) and of the signature, from the template's wording patterns. Patterns use
 * named placeholders in braces; see the {@code wording} object of a template JSON.
 */
final class ProfileWriter {
    private ProfileWriter() {}

    /** 主要职能: one item per function, numbered by the {@code functionItem} pattern ("{n}、{text}"). */
    static List<String> functions(UnitProfile unit, Template t) {
        String pattern = or(t.wording("functionItem"), "{n}、{text}");
        List<String> out = new ArrayList<>(unit.functions().size());
        int n = 1;
        for (String f : unit.functions()) {
            out.add(pattern.replace("{n}", Integer.toString(n))
                    .replace("{cn}", Numerals.chinese(n))
                    .replace("{text}", f));
            n++;
        }
        return out;
    }

    /** 机构设置 and staffing sentences. */
    static List<String> organisation(UnitProfile unit, Template t) {
        List<String> out = new ArrayList<>(2);
        String subordinates = unit.subordinateUnits().isEmpty()
                ? or(t.wording("noSubordinates"), "无下属预算单位")
                : or(t.wording("subordinates"), "有下属预算单位{count}个，分别是：{list}")
                        .replace(
                                "{count}",
                                Integer.toString(unit.subordinateUnits().size()))
                        .replace("{list}", String.join("、", unit.subordinateUnits()));
        String divisions = unit.divisions().isEmpty()
                ? or(t.wording("noDivisions"), "未设内设科室")
                : or(t.wording("divisions"), "下设{count}个科室，分别是：{list}")
                        .replace("{count}", Integer.toString(unit.divisions().size()))
                        .replace("{list}", String.join("、", unit.divisions()));
        out.add(or(t.wording("organisation"), "{unit}{subordinates}，{divisions}。")
                .replace("{subordinates}", subordinates)
                .replace("{divisions}", divisions)
                .replace("{unit}", unit.name()));
        Staffing s = unit.staffing();
        if (s != null) {
            out.add(or(
                            t.wording("staffing"),
                            "{unit}编制数{authorized}，实有人数{actual}人，其中：在职{inService}人，{inServiceChange}；"
                                    + "退休{retired}人，{retiredChange}；离休{retiredCadres}人，{retiredCadresChange}。")
                    .replace("{unit}", unit.name())
                    .replace("{authorized}", Integer.toString(s.authorized()))
                    .replace("{actual}", Integer.toString(s.actual()))
                    .replace("{inService}", Integer.toString(s.inService()))
                    .replace("{retired}", Integer.toString(s.retired()))
                    .replace("{retiredCadres}", Integer.toString(s.retiredCadres()))
                    .replace("{inServiceChange}", change(s.inServiceChange()))
                    .replace("{retiredChange}", change(s.retiredChange()))
                    .replace("{retiredCadresChange}", change(s.retiredCadresChange())));
        }
        return out;
    }

    /** "增加2人", "减少1人"; no change reads "增加0人" as the Xinjiang example prints it. */
    static String change(int n) {
        return n < 0 ? "减少" + (-n) + "人" : "增加" + n + "人";
    }

    /** "2021年2月5日" from ISO "2021-02-05"; the text unchanged when it is not an ISO date. */
    static String chineseDate(String iso) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return iso == null ? "" : iso;
        }
        return iso.substring(0, 4) + "年" + Integer.parseInt(iso.substring(5, 7)) + "月"
                + Integer.parseInt(iso.substring(8)) + "日";
    }

    private static String or(String s, String fallback) {
        return s.isEmpty() ? fallback : s;
    }
}
