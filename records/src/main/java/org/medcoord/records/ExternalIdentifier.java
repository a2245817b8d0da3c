package org.medcoord.records;

/**
 * An identifier another system gave the patient (a payer's member id, a national health id, a legacy
 * chart number). One value of one system belongs to at most one patient of a tenant; the storage engine
 * enforces it.
 *
 * @param system the issuing system's URI or name, for example {@code "urn:oid:2.16.840.1.113883.4.1"}
 * @param value  the identifier
 * @since 0.1.0
 */
public record ExternalIdentifier(String system, String value) {
    public ExternalIdentifier {
        system = system == null ? "" : system.strip();
        value = value == null ? "" : value.strip();
    }

    /** The value identifies a person: only the system is printed. */
    @Override
    public String toString() {
        return "ExternalIdentifier[" + system + "]";
    }
}
