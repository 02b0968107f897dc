package org.gongkai.core.budget;

import java.util.List;
import org.gongkai.core.amount.Amount;

/**
 * A project (项目) of 项目支出. Its amount is the sum of its expenditure lines; the project carries the
 * narrative details of §七 and its performance target.
 *
 * @param id stable identifier within the budget (the 项目代码 where known)
 * @param name 项目名称
 * @param functionCode 支出功能分类 项 code
 * @param policyBasis 设立的政策依据
 * @param undertakingUnit 项目承担单位
 * @param allocation 资金分配情况
 * @param executionPeriod 资金执行时间
 * @param subsidy details of a personal-subsidy project (对个人补贴); null when not one
 * @param target the performance target (绩效目标); null when none was set
 */
public record Project(
        String id,
        String name,
        String functionCode,
        String policyBasis,
        String undertakingUnit,
        String allocation,
        String executionPeriod,
        PersonalSubsidy subsidy,
        PerformanceTarget target) {

    /**
     * Details that a project of subsidies to individuals must state (情况二).
     *
     * @param fundSource 资金来源
     * @param recipients 补贴人数
     * @param standard 补贴标准
     * @param scope 补贴范围
     * @param method 补贴方式
     * @param procedure 发放程序
     * @param beneficiaries 受益人群和社会效益
     */
    public record PersonalSubsidy(
            String fundSource,
            String recipients,
            String standard,
            String scope,
            String method,
            String procedure,
            String beneficiaries) {}

    /**
     * 项目支出绩效目标.
     *
     * @param unitName 预算单位 as printed in the target table
     * @param fiscalAppropriation 其中：财政拨款
     * @param otherFunds 其他资金
     * @param annualGoal 年度目标 text
     * @param indicators the indicator rows, in order
     */
    public record PerformanceTarget(
            String unitName,
            Amount fiscalAppropriation,
            Amount otherFunds,
            String annualGoal,
            List<Indicator> indicators) {
        public PerformanceTarget {
            indicators = List.copyOf(indicators);
        }

        /** 年度资金总额. */
        public Amount total() {
            return fiscalAppropriation.plus(otherFunds);
        }
    }

    /**
     * One 三级 indicator row.
     *
     * @param level1 一级指标 (产出指标/项目完成, 效益指标/项目效益, 满意度指标, 成本指标)
     * @param level2 二级指标 (数量指标, 质量指标, …)
     * @param name 三级指标 (may be empty for a placeholder row)
     * @param value 指标值 as stated (operator, number and unit, or words), e.g. "≥30", "100%", "有效保障"
     */
    public record Indicator(String level1, String level2, String name, String value) {}
}
