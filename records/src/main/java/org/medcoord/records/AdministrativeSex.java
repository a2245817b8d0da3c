package org.medcoord.records;

/**
 * Administrative sex as registration and billing use it (FHIR {@code AdministrativeGender}); gender
 * identity is recorded separately in {@link Demographics#genderIdentity()}.
 *
 * @since 0.1.0
 */
public enum AdministrativeSex {
    FEMALE, MALE, OTHER, UNKNOWN
}
