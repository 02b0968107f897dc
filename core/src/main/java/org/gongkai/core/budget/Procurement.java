package org.gongkai.core.budget;

import org.gongkai.core.amount.Amount;

/**
 * 政府采购预算.
 *
 * @param goods 货物
 * @param works 工程
 * @param services 服务
 * @param smeReserved 面向中小企业预留
 * @param smallMicroReserved of which 面向小微企业预留
 */
public record Procurement(Amount goods, Amount works, Amount services, Amount smeReserved, Amount smallMicroReserved) {
    public static final Procurement NONE =
            new Procurement(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO);

    public Amount total() {
        return goods.plus(works).plus(services);
    }
}
