package org.medcoord.core.spi;

import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;

/**
 * What an {@link AccessPolicy} decides on.
 *
 * @param context  who, for which tenant, why, with which grant
 * @param action   what is to be done
 * @param category the kind of data
 * @param patient  the patient concerned, when there is one
 * @since 0.1.0
 */
public record AccessRequest(AccessContext context, Action action, DataCategory category, Optional<PatientId> patient) {
    public AccessRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(patient, "patient");
    }
}
