package org.gongkai.core.budget;

import org.gongkai.core.amount.Amount;

/**
 * "三公"经费 of the budget year from 一般公共预算财政拨款. Last year's figures and reasons are in {@link
 * Budget#comparatives()} under {@link QuantityKey#threePublic(Item)}.
 */
public record ThreePublic(Amount abroad, Amount vehiclePurchase, Amount vehicleOperation, Amount reception) {
    public static final ThreePublic NONE = new ThreePublic(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO);

    /** The items, in the order of the table. */
    public enum Item {
        /** 因公出国（境）费. */
        ABROAD,
        /** 公务用车购置费. */
        VEHICLE_PURCHASE,
        /** 公务用车运行费. */
        VEHICLE_OPERATION,
        /** 公务接待费. */
        RECEPTION
    }

    public Amount get(Item item) {
        return switch (item) {
            case ABROAD -> abroad;
            case VEHICLE_PURCHASE -> vehiclePurchase;
            case VEHICLE_OPERATION -> vehicleOperation;
            case RECEPTION -> reception;
        };
    }

    /** 公务用车购置及运行费. */
    public Amount vehicles() {
        return vehiclePurchase.plus(vehicleOperation);
    }

    public Amount total() {
        return abroad.plus(vehicles()).plus(reception);
    }
}
