package org.medcoord.records;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to register a patient at a facility.
 *
 * @param facility     the registering facility's code (1 to 10 letters or digits); it issues the MRN
 * @param demographics who the patient is
 * @param identifiers  identifiers other systems gave the patient
 * @param importedMrn  an MRN carried over from a legacy system, used instead of a generated one; it
 *                     must not have the form the facility generates
 * @since 0.1.0
 */
public record RegisterPatient(String facility, Demographics demographics, List<ExternalIdentifier> identifiers,
                              Optional<String> importedMrn) {
    public RegisterPatient {
        facility = facility == null ? "" : facility.strip();
        Objects.requireNonNull(demographics, "demographics");
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        importedMrn = importedMrn == null ? Optional.empty() : importedMrn.map(String::strip);
    }

    /** @return a registration that lets the facility generate the MRN */
    public static RegisterPatient at(String facility, Demographics demographics) {
        return new RegisterPatient(facility, demographics, List.of(), Optional.empty());
    }

    /** @return this registration with {@code ids} as external identifiers */
    public RegisterPatient withIdentifiers(List<ExternalIdentifier> ids) {
        return new RegisterPatient(facility, demographics, ids, importedMrn);
    }

    /** @return this registration keeping a legacy MRN */
    public RegisterPatient withImportedMrn(String mrn) {
        return new RegisterPatient(facility, demographics, identifiers, Optional.of(mrn));
    }

    @Override
    public String toString() {
        return "RegisterPatient[" + facility + "]";
    }
}
