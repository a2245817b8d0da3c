package org.medcoord.core;

import java.util.UUID;

/**
 * What every typed id ({@code PatientId}, {@code AppointmentId}, ...) has in common: a time-ordered
 * UUID. Typed ids keep a patient id from being passed where an appointment id is expected.
 *
 * @since 0.1.0
 */
public interface TypedId {

    /** @return the underlying UUID (version 7 when MedCoord created it) */
    UUID value();

    /** @return the canonical string form, used as a document id in storage */
    default String asString() {
        return value().toString();
    }
}
