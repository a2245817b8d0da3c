package org.medcoord.coordination;

import java.util.List;
import java.util.Optional;
import org.medcoord.scheduling.ServiceTypeId;

/**
 * The whole procedure catalog of a clinic, loaded at once.
 *
 * @param procedures     one per service type
 * @param afterDischarge the follow-up to request when an admitted patient is discharged, if any
 * @since 0.1.0
 */
public record CatalogDefinition(List<Procedure> procedures, Optional<FollowUpPlan> afterDischarge) {
    public CatalogDefinition {
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        afterDischarge = afterDischarge == null ? Optional.empty() : afterDischarge;
    }

    /** @return a catalog of {@code procedures} without a discharge follow-up */
    public static CatalogDefinition of(Procedure... procedures) {
        return new CatalogDefinition(List.of(procedures), Optional.empty());
    }

    /** @return a copy requesting {@code plan} after every discharge */
    public CatalogDefinition withDischargeFollowUp(FollowUpPlan plan) {
        return new CatalogDefinition(procedures, Optional.ofNullable(plan));
    }

    /** @return the procedure of {@code serviceType}, if the catalog has one */
    public Optional<Procedure> procedure(ServiceTypeId serviceType) {
        return procedures.stream().filter(p -> p.serviceType().equals(serviceType)).findFirst();
    }
}
