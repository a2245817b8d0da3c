package org.medcoord.records.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.records.Demographics;

/**
 * How patients are stored and indexed. Every field that identifies a person is PERSONAL, so the engine
 * holds only HMAC tokens of it; status and facility are clear because they identify nobody.
 */
final class PatientDocuments {

    static final String MRN_KEY = "patient.mrn";
    static final String IDENTIFIER_KEY = "patient.identifier";
    /** The lock every write of a patient's chart takes, so a merge cannot miss a concurrent write. */
    static final String CHART_LOCK = "records.patient";

    static final DocumentType<StoredPatient> PATIENT = DocumentType.builder("records.patient", StoredPatient.class)
            // Search keys: PERSONAL, and in their restricted variants for restricted patients (see Visibility).
            .field("mrn", FieldKind.PERSONAL, p -> Visibility.indexed(p, mrns(p)))
            .field("identifier", FieldKind.PERSONAL, p -> Visibility.indexed(p, p.identifiers().stream()
                    .map(id -> MatchKeys.identifier(id.system(), id.value())).toList()))
            .field("nameBirth", FieldKind.PERSONAL, p -> Visibility.indexed(p, List.of(MatchKeys.nameBirth(family(p.demographics()),
                    p.demographics().name().first(), p.demographics().birthDate()))))
            .field("familyBirth", FieldKind.PERSONAL, p -> Visibility.indexed(p, List.of(MatchKeys.familyBirth(family(p.demographics()),
                    p.demographics().birthDate()))))
            .field("givenBirth", FieldKind.PERSONAL, p -> Visibility.indexed(p, List.of(MatchKeys.givenBirth(p.demographics().name().first(),
                    p.demographics().birthDate()))))
            .field("fullName", FieldKind.PERSONAL, p -> Visibility.indexed(p, List.of(MatchKeys.fullName(family(p.demographics()),
                    p.demographics().name().first()))))
            .field("phone", FieldKind.PERSONAL, p -> Visibility.indexed(p, p.demographics().phones().stream().map(MatchKeys::phone)
                    .distinct().toList()))
            .field("status", FieldKind.TEXT, p -> List.of(p.status().name()))
            .field("facility", FieldKind.TEXT, p -> List.of(p.facility()))
            .unique(MRN_KEY, FieldKind.PERSONAL, p -> List.of(MatchKeys.facilityMrn(p.facility(), p.mrn())))
            .unique(IDENTIFIER_KEY, FieldKind.PERSONAL, p -> p.identifiers().stream()
                    .map(id -> MatchKeys.identifier(id.system(), id.value())).toList())
            .build();

    private PatientDocuments() {
    }

    private static String family(Demographics d) {
        return d.name().family();
    }

    private static List<String> mrns(StoredPatient p) {
        List<String> all = new ArrayList<>();
        all.add(p.mrn().strip());
        p.mergedMrns().forEach(m -> all.add(m.strip()));
        return all;
    }
}
