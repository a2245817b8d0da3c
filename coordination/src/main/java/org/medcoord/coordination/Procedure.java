package org.medcoord.coordination;

import java.util.List;
import java.util.Optional;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.KitId;
import org.medcoord.inventory.LocationId;
import org.medcoord.scheduling.ServiceTypeId;

/**
 * What a service type means to the other domains: the codes it is billed with, the supply kit it consumes
 * (from which stock location), the equipment type it needs and the follow-up it calls for.
 *
 * @param serviceType   the scheduling service type
 * @param codes         its billing codes (used by billing; validated for format now)
 * @param kit           the kit consumed when an appointment of this type is fulfilled, if any
 * @param kitLocation   the stock location the kit is taken from (required with a kit)
 * @param equipmentType the inventory equipment type it needs, if any
 * @param followUp      the follow-up to request after it, if any
 * @since 0.1.0
 */
public record Procedure(ServiceTypeId serviceType, List<BillingCode> codes, Optional<KitId> kit, Optional<LocationId> kitLocation,
                        Optional<ItemId> equipmentType, Optional<FollowUpPlan> followUp) {
    public Procedure {
        codes = codes == null ? List.of() : List.copyOf(codes);
        kit = kit == null ? Optional.empty() : kit;
        kitLocation = kitLocation == null ? Optional.empty() : kitLocation;
        equipmentType = equipmentType == null ? Optional.empty() : equipmentType;
        followUp = followUp == null ? Optional.empty() : followUp;
    }

    /** @return a procedure billed with {@code codes} and nothing else */
    public static Procedure of(ServiceTypeId serviceType, BillingCode... codes) {
        return new Procedure(serviceType, List.of(codes), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @return a copy consuming {@code value} from {@code location} */
    public Procedure withKit(KitId value, LocationId location) {
        return new Procedure(serviceType, codes, Optional.ofNullable(value), Optional.ofNullable(location), equipmentType, followUp);
    }

    /** @return a copy needing equipment of type {@code value} */
    public Procedure withEquipmentType(ItemId value) {
        return new Procedure(serviceType, codes, kit, kitLocation, Optional.ofNullable(value), followUp);
    }

    /** @return a copy calling for {@code plan} afterwards */
    public Procedure withFollowUp(FollowUpPlan plan) {
        return new Procedure(serviceType, codes, kit, kitLocation, equipmentType, Optional.ofNullable(plan));
    }
}
