package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.ERROR;
import static org.gongkai.core.audit.Severity.WARNING;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.disclosure.TargetTable;

/** Sanity of indicator values: ranges, operators, directions, dates, units and families (参考资料 §3.3). */
final class TargetValueRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = BigDecimal.valueOf(50);
    private static final Pattern GOOD_DATE =
            Pattern.compile("^(\\d{4})年(?:(?:(\\d{1,2})月(?:(\\d{1,2})日|底|末|上旬|中旬|下旬|前)?)|底|末|内|全年|年底|年内)?(前|之前|以前|内)?$"
                    + "|^(\\d{4})[-./](\\d{1,2})(?:[-./](\\d{1,2}))?$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    private TargetValueRules() {}

    /** One rule over every indicator of every target table. */
    private static Rule each(
            String id,
            Severity severity,
            String title,
            String message,
            String tolerance,
            BiPredicate<AuditContext, Indicator> fires,
            String suggestion) {
        return ConformityRule.of(
                id,
                severity,
                CONFORMITY,
                title,
                message,
                tolerance,
                "参考资料 §3.3",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    for (Indicator i : Targets.indicators(c, t)) {
                        if (fires.test(c, i)) {
                            report(r, c, t, i, suggestion);
                        }
                    }
                }));
    }

    private static void report(Reporter r, AuditContext c, TargetTable t, Indicator i, String suggestion) {
        r.at(Where.indicator(t, i.row()))
                .with("year", String.valueOf(c.disclosure().info().fiscalYear()))
                .with("table", Where.targetName(t))
                .with("name", i.row().name().strip())
                .with("value", i.row().value().strip())
                .with("level2", i.row().level2().strip())
                .with(
                        "families",
                        Targets.family(c, i)
                                .map(f -> String.join("/", f.families()))
                                .orElse(""))
                .actual(i.row().value().strip())
                .suggest(suggestion)
                .report();
    }

    static List<Rule> all() {
        return List.of(
                each(
                        "TGT.PERCENT-RANGE",
                        ERROR,
                        "百分比指标值超出0–100%",
                        "{table}的指标“{name}”为{value}，百分比应在0–100%之间",
                        "增长率类指标除外",
                        (c, i) -> i.numeric()
                                && i.percent()
                                && !IndicatorLexicon.containsAny(i.name(), "growth")
                                && i.number().compareTo(HUNDRED) > 0,
                        "核对指标值"),
                each(
                        "TGT.BAD-RATE-HIGH",
                        ERROR,
                        "故障率类指标值明显不合理",
                        "{table}的指标“{name}”为{value}：故障率、差错率、投诉率、事故率一类指标应是很小的上限",
                        "≥50%即报告",
                        (c, i) -> badRate(i) && i.numeric() && i.number().compareTo(HALF) >= 0,
                        "改为“≤x%”形式的合理上限，如“≤1%”"),
                each(
                        "TGT.BAD-RATE-OPERATOR",
                        WARNING,
                        "故障率类指标未用“≤”",
                        "{table}的指标“{name}”为{value}，故障率一类指标应写成“≤”上限",
                        "“=0%”可接受",
                        (c, i) -> badRate(i)
                                && i.numeric()
                                && i.number().compareTo(HALF) < 0
                                && !i.atMost()
                                && !(i.operator().equals("=") && i.number().signum() == 0),
                        "改为“≤x%”"),
                each(
                        "TGT.GOOD-RATE-LE",
                        WARNING,
                        "合格率类指标用了“≤”",
                        "{table}的指标“{name}”为{value}，合格率、完成率、及时率、满意度一类指标应用“≥”或“=”",
                        "",
                        (c, i) -> !badRate(i) && IndicatorLexicon.containsAny(i.name(), "good-rate") && i.atMost(),
                        "改为“≥x%”"),
                each(
                        "TGT.SATISFACTION-100",
                        WARNING,
                        "满意度指标定为100%",
                        "{table}的指标“{name}”为{value}，满意度定为100%难以实现，也难以考核",
                        "",
                        (c, i) -> IndicatorLexicon.containsAny(i.name(), "satisfaction")
                                && i.numeric()
                                && i.number().compareTo(HUNDRED) == 0
                                && !i.atMost(),
                        "按以往水平设定，如“≥90%”"),
                each(
                        "TGT.QUANTITY-LE",
                        WARNING,
                        "数量指标用了“≤”",
                        "{table}的数量指标“{name}”为{value}，产出数量应用“≥”或“=”",
                        "",
                        (c, i) -> i.isQuantity() && !i.isCost() && i.numeric() && !i.percent() && i.atMost(),
                        "改为“≥”或“=”"),
                each(
                        "TGT.QUANTITY-NONPOSITIVE",
                        WARNING,
                        "数量指标为0",
                        "{table}的数量指标“{name}”为{value}，产出数量应大于0",
                        "",
                        (c, i) -> i.level2().equals("数量")
                                && i.numeric()
                                && !i.percent()
                                && i.number().signum() <= 0,
                        "填写计划产出的数量"),
                each(
                        "TGT.OPERATOR-MISSING",
                        WARNING,
                        "数值型指标缺少比较符",
                        "{table}的指标“{name}”为{value}，没有“≥”“≤”或“=”，考核时含义不明",
                        "故障率类指标由 TGT.BAD-RATE-* 判断",
                        (c, i) -> i.numeric() && i.operator().isEmpty() && !badRate(i),
                        "加上比较符，如“≥" + "x”或“=x”"),
                each(
                        "TGT.DATE-MALFORMED",
                        WARNING,
                        "时效指标日期格式错误",
                        "{table}的指标“{name}”为“{value}”，日期不完整或格式错误",
                        "",
                        (c, i) -> i.date() && !validDate(i.row().value()),
                        "写成“2021年12月”或“2021年12月31日”"),
                each(
                        "TGT.DATE-OUTSIDE-YEAR",
                        WARNING,
                        "时效指标日期不在预算年度内",
                        "{table}的指标“{name}”为“{value}”，不在{year}预算年度内",
                        "",
                        (c, i) -> i.date() && outsideYear(c, i),
                        "核对完成时间"),
                each(
                        "TGT.WRONG-FAMILY",
                        WARNING,
                        "绩效指标放在了不相符的二级指标下",
                        "{table}的指标“{name}”放在“{level2}”下，按指标词表应属于“{families}”类二级指标",
                        "按指标词表（indicator-lexicon.txt）判断",
                        (c, i) -> wrongFamily(c, i),
                        "移到相符的二级指标下"),
                each(
                        "TGT.UNIT-CONFLICT",
                        WARNING,
                        "指标值单位与指标名称中的单位不一致",
                        "{table}的指标“{name}”为{value}，与名称中的单位不一致",
                        "",
                        (c, i) -> i.numeric()
                                && !i.nameUnit().isEmpty()
                                && !i.valueUnit().isEmpty()
                                && !Texts.norm(i.valueUnit()).equals(Texts.norm(i.nameUnit())),
                        "统一指标值与名称的单位"));
    }

    static boolean badRate(Indicator i) {
        return IndicatorLexicon.containsAny(i.name(), "bad-rate");
    }

    static boolean validDate(String value) {
        Matcher m = GOOD_DATE.matcher(Texts.norm(value));
        if (!m.matches()) {
            return false;
        }
        String month = m.group(2) != null ? m.group(2) : m.group(6);
        String day = m.group(3) != null ? m.group(3) : m.group(7);
        if (month != null && (Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12)) {
            return false;
        }
        return day == null || (Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31);
    }

    private static boolean outsideYear(AuditContext c, Indicator i) {
        int fiscal = c.disclosure().info().fiscalYear();
        Matcher m = YEAR.matcher(Texts.norm(i.row().value()));
        return fiscal > 0 && m.find() && Integer.parseInt(m.group(1)) != fiscal;
    }

    private static boolean wrongFamily(AuditContext c, Indicator i) {
        String level2 = i.level2();
        if (level2.isEmpty() || Texts.isBlank(i.row().name())) {
            return false;
        }
        return Targets.family(c, i)
                .map(f -> f.families().stream().noneMatch(level2::contains))
                .orElse(false);
    }
}
