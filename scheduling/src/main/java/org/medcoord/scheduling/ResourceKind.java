package org.medcoord.scheduling;

/**
 * What kind of thing a resource is. Every kind is booked the same way; the kind lets screens group
 * resources and lets service types say what they need.
 *
 * @since 0.1.0
 */
public enum ResourceKind {
    /** A clinician: physician, surgeon, anaesthetist, therapist. */
    PRACTITIONER,
    /** A room or other location: consulting room, procedure room, operating room. */
    LOCATION,
    /** A device: endoscope, ultrasound machine. */
    EQUIPMENT,
    /** An inpatient bed. */
    BED
}
