package org.medcoord.records;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.DataCategory;

/**
 * A patient's permission to disclose categories of their record to one recipient outside the clinic
 * (a payer, another provider, a family member), until a date. Without one, nothing is disclosed: sharing
 * is denied by default.
 *
 * @param id         the directive id
 * @param version    the version to pass to {@link Consents#revoke}
 * @param patient    whose record
 * @param recipient  who may receive it, as the embedding product names recipients, for example {@code "payer:acme"}
 * @param categories which kinds of data
 * @param from       when it took effect
 * @param until      when it lapses
 * @param status     active or revoked
 * @param recordedBy the user id that recorded it
 * @since 0.1.0
 */
public record ConsentDirective(ConsentId id, long version, PatientId patient, String recipient, Set<DataCategory> categories,
                               Instant from, Instant until, ConsentStatus status, String recordedBy) {
    public ConsentDirective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        categories = Set.copyOf(categories);
    }

    /** @return true when the directive permits disclosing {@code category} to {@code to} at {@code at} */
    public boolean permits(String to, DataCategory category, Instant at) {
        return status == ConsentStatus.ACTIVE && recipient.equals(to) && categories.contains(category)
                && !at.isBefore(from) && at.isBefore(until);
    }

    @Override
    public String toString() {
        return "ConsentDirective[" + id + " v" + version + " " + status + " of patient " + patient + "]";
    }
}
