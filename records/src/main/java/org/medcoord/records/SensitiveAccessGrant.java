package org.medcoord.records;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.medcoord.core.PatientId;

/**
 * A patient's permission for one user to see entries of some sensitive categories, until a date.
 *
 * @param id         the grant id
 * @param version    the version to pass to {@link Consents#revokeSensitiveAccess}
 * @param patient    whose entries
 * @param userId     who may see them
 * @param categories which categories
 * @param from       when it took effect
 * @param until      when it lapses
 * @param status     active or revoked
 * @param recordedBy the user id that recorded it
 * @since 0.1.0
 */
public record SensitiveAccessGrant(ConsentId id, long version, PatientId patient, String userId, Set<SensitiveCategory> categories,
                                   Instant from, Instant until, ConsentStatus status, String recordedBy) {
    public SensitiveAccessGrant {
        Objects.requireNonNull(id, "id");
        categories = Set.copyOf(categories);
    }

    /** @return true when the grant lets {@code user} see {@code category} at {@code at} */
    public boolean covers(String user, SensitiveCategory category, Instant at) {
        return status == ConsentStatus.ACTIVE && userId.equals(user) && categories.contains(category) && !at.isBefore(from)
                && at.isBefore(until);
    }

    @Override
    public String toString() {
        return "SensitiveAccessGrant[" + id + " v" + version + " " + status + " of patient " + patient + "]";
    }
}
