package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.ACCURACY;
import static org.gongkai.core.audit.Severity.ERROR;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.Paragraph;

/** The 国有资产 statement: vehicles in all against the vehicles of each kind listed after "其中". */
final class VehicleRules {
    /** "共有车辆 9 辆，其中：" / "安排购置车辆5辆，其中：". */
    private static final Pattern TOTAL = Pattern.compile("车辆\\s*(\\d+)\\s*辆\\s*[，,]?\\s*其中\\s*[：:]?");

    /** One kind of the list: "应急保障用车 1 辆". */
    private static final Pattern PART = Pattern.compile("\\G\\s*[、，,]?\\s*([^、，,；;。\\d]{2,20}?)\\s*(\\d+)\\s*辆");

    private VehicleRules() {}

    static List<Rule> all() {
        return List.of(vehicleSum());
    }

    private static Rule vehicleSum() {
        return ConformityRule.of(
                "NARR.VEHICLE-SUM",
                ERROR,
                ACCURACY,
                "车辆总数不等于各类车辆之和",
                "{where}：车辆共{total}辆，其中所列各类之和为{sum}辆，相差{difference}辆",
                "至少列出两类车辆时才检查",
                "参考资料 §1.4（国有资产占有使用情况）",
                (c, r) -> {
                    for (Paragraph p : c.claims().paragraphs()) {
                        String text = p.text();
                        if (!text.contains("车辆")) {
                            continue;
                        }
                        Matcher total = TOTAL.matcher(text);
                        while (total.find()) {
                            List<Integer> counts = new ArrayList<>();
                            Matcher part = PART.matcher(text);
                            part.region(total.end(), text.length());
                            while (part.find()) {
                                counts.add(Integer.parseInt(part.group(2)));
                            }
                            int stated = Integer.parseInt(total.group(1));
                            int sum =
                                    counts.stream().mapToInt(Integer::intValue).sum();
                            if (counts.size() < 2 || sum == stated) {
                                continue;
                            }
                            var where = Where.span(p, total.start(), total.end());
                            r.at(where)
                                    .with("where", where.describe())
                                    .with("total", String.valueOf(stated))
                                    .with("sum", String.valueOf(sum))
                                    .with("difference", String.valueOf(stated - sum))
                                    .expected(String.valueOf(sum))
                                    .actual(String.valueOf(stated))
                                    .difference(String.valueOf(stated - sum))
                                    .suggest("核对车辆总数和各类车辆数")
                                    .report();
                        }
                    }
                });
    }
}
