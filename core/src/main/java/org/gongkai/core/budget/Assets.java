package org.gongkai.core.budget;

import java.util.List;
import org.gongkai.core.amount.Amount;

/**
 * 国有资产占用使用情况 at the end of the year before the budget year, and planned purchases.
 *
 * @param buildingArea 房屋 area in square metres (as printed, may have decimals)
 * @param buildingValue 房屋 value
 * @param vehicles vehicles by category (一般公务用车, 执法执勤用车, 其他车辆 …)
 * @param furnitureValue 办公家具 value
 * @param otherValue 其他资产 value
 * @param equipmentOver50 单位价值50万元以上 general equipment count
 * @param equipmentOver100 单位价值100万元以上 special equipment count
 * @param plannedVehiclePurchase money planned for buying vehicles in the budget year
 * @param plannedEquipmentOver50 planned purchases of 50万元以上 equipment (台/套)
 * @param plannedEquipmentOver100 planned purchases of 100万元以上 equipment (台/套)
 */
public record Assets(
        java.math.BigDecimal buildingArea,
        Amount buildingValue,
        List<VehicleGroup> vehicles,
        Amount furnitureValue,
        Amount otherValue,
        int equipmentOver50,
        int equipmentOver100,
        Amount plannedVehiclePurchase,
        int plannedEquipmentOver50,
        int plannedEquipmentOver100) {

    public Assets {
        vehicles = List.copyOf(vehicles);
    }

    /** Vehicles of one category. */
    public record VehicleGroup(String category, int count, Amount value) {}

    public int vehicleCount() {
        return vehicles.stream().mapToInt(VehicleGroup::count).sum();
    }

    public Amount vehicleValue() {
        return Amount.sum(vehicles.stream().map(VehicleGroup::value).toList());
    }
}
