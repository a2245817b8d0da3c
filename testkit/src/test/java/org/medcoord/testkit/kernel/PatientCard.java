package org.medcoord.testkit.kernel;

import java.time.LocalDate;
import java.util.List;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;

/** A patient-shaped document with every kind of identifying field, for PHI and tenancy tests. */
record PatientCard(String mrn, String name, LocalDate birthDate, String phone, String email, String address, String status) {

    static final DocumentType<PatientCard> TYPE = DocumentType.builder("kernel-patient", PatientCard.class)
            .field("mrn", FieldKind.PERSONAL, p -> List.of(p.mrn()))
            .field("name", FieldKind.PERSONAL, p -> List.of(p.name()))
            .field("birthDate", FieldKind.PERSONAL, p -> List.of(p.birthDate().toString()))
            .field("phone", FieldKind.PERSONAL, p -> List.of(p.phone()))
            .field("email", FieldKind.PERSONAL, p -> List.of(p.email()))
            .field("status", FieldKind.TEXT, p -> List.of(p.status()))
            .unique("kernel-patient.mrn", FieldKind.PERSONAL, p -> List.of(p.mrn()))
            .build();

    PatientCard withPhone(String newPhone) {
        return new PatientCard(mrn, name, birthDate, newPhone, email, address, status);
    }
}
