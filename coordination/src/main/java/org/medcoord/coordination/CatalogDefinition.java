package org.medcoord.coordination;

import java.util.List;
import java.util.Optional;
import org.medcoord.scheduling.ServiceTypeId;

/**
 * The whole procedure catalog of a clinic, loaded at once.
 *
 * @param procedures     one per service type
 * @param afterDischarge the follow-up to request when an admitted patient is discharged, if any
 * @param charges        how fulfilled procedures are charged; without it no charges are captured
 * @since 0.1.0
 */
public record CatalogDefinition(List<Procedure> procedures, Optional<FollowUpPlan> afterDischarge, Optional<ChargeSetup> charges) {
    public CatalogDefinition {
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        afterDischarge = afterDischarge == null ? Optional.empty() : afterDischarge;
        charges = charges == null ? Optional.empty() : charges;
    }

    /** A catalog that captures no charges. */
    public CatalogDefinition(List<Procedure> procedures, Optional<FollowUpPlan> afterDischarge) {
        this(procedures, afterDischarge, Optional.empty());
    }

    /** @return a catalog of {@code procedures} without a discharge follow-up */
    public static CatalogDefinition of(Procedure... procedures) {
        return new CatalogDefinition(List.of(procedures), Optional.empty());
    }

    /** @return a copy requesting {@code plan} after every discharge */
    public CatalogDefinition withDischargeFollowUp(FollowUpPlan plan) {
        return new CatalogDefinition(procedures, Optional.ofNullable(plan), charges);
    }

    /** @return a copy capturing charges with {@code setup} */
    public CatalogDefinition withCharges(ChargeSetup setup) {
        return new CatalogDefinition(procedures, afterDischarge, Optional.ofNullable(setup));
    }

    /** @return the procedure of {@code serviceType}, if the catalog has one */
    public Optional<Procedure> procedure(ServiceTypeId serviceType) {
        return procedures.stream().filter(p -> p.serviceType().equals(serviceType)).findFirst();
    }
}
