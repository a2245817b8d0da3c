package org.medcoord.billing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeCaptured;
import org.medcoord.billing.ChargeId;
import org.medcoord.billing.ChargeService;
import org.medcoord.billing.ChargeStatus;
import org.medcoord.billing.ChargeVoided;
import org.medcoord.billing.LedgerEntryType;
import org.medcoord.billing.NewCharge;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** The stored {@link ChargeService}; each charge is posted to the patient's ledger in the same transaction. */
final class DefaultChargeService implements ChargeService {

    private static final String REF_FORM = "[A-Za-z0-9._:-]{1,100}";

    private final DataStore data;
    private final Clock clock;

    DefaultChargeService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Charge capture(AccessContext context, NewCharge charge) {
        Violations violations = new Violations();
        violations.addIf(charge.patient() == null, "patient", Codes.PATIENT_REQUIRED, "name the patient");
        Optional<String> procedure = DefaultFeeScheduleService.procedure(charge.procedure());
        violations.addIf(procedure.isEmpty(), "procedure", Codes.PROCEDURE_INVALID,
                "the procedure is a CPT code (five digits, or four digits and F or T) or a HCPCS Level II code (a letter A to V and four digits)");
        violations.addIf(charge.modifiers().size() > 4, "modifiers", Codes.MODIFIERS_TOO_MANY, "a line carries at most four modifiers");
        List<String> modifiers = new ArrayList<>();
        for (int i = 0; i < charge.modifiers().size(); i++) {
            String m = charge.modifiers().get(i);
            violations.addAll("", CodeFormats.MODIFIER.check("modifiers[" + i + "]", m));
            modifiers.add(m == null ? "" : m.strip().toUpperCase(Locale.ROOT));
        }
        violations.addIf(charge.units() < 1 || charge.units() > 9999, "units", Codes.UNITS_INVALID, "units are 1 to 9999");
        violations.addIf(charge.amount() == null || !charge.amount().isPositive(), "amount", Codes.AMOUNT_INVALID,
                "the line charge is above zero");
        int diagnosisCount = charge.diagnoses().size();
        violations.addIf(diagnosisCount < 1 || diagnosisCount > 12, "diagnoses", Codes.DIAGNOSES_COUNT, "list 1 to 12 ICD-10-CM diagnoses");
        List<String> diagnoses = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < diagnosisCount; i++) {
            String field = "diagnoses[" + i + "]";
            violations.addAll("", CodeFormats.ICD_10_CM.check(field, charge.diagnoses().get(i)));
            Optional<String> code = CodeFormats.normalizeIcd10Cm(charge.diagnoses().get(i));
            code.ifPresent(c -> {
                violations.addIf(!seen.add(c), field, Codes.DIAGNOSIS_DUPLICATE, "each diagnosis is listed once");
                diagnoses.add(c);
            });
        }
        List<Integer> pointers = charge.diagnosisPointers();
        violations.addIf(pointers.isEmpty() || pointers.size() > 4 || pointers.stream().distinct().count() != pointers.size()
                        || pointers.stream().anyMatch(p -> p == null || p < 1 || p > diagnosisCount), "diagnosisPointers", Codes.POINTERS_INVALID,
                "point at 1 to 4 distinct diagnoses by their position, from 1");
        violations.addIf(charge.renderingNpi() == null || charge.billingNpi() == null, "providers", Codes.PROVIDER_REQUIRED,
                "give the rendering and billing providers' NPIs");
        if (charge.renderingNpi() != null) {
            violations.addAll("", CodeFormats.NPI.check("renderingNpi", charge.renderingNpi()));
        }
        if (charge.billingNpi() != null) {
            violations.addAll("", CodeFormats.NPI.check("billingNpi", charge.billingNpi()));
        }
        violations.addIf(charge.serviceDate() == null, "serviceDate", Codes.SERVICE_DATE_REQUIRED, "give the date of service");
        violations.addIf(charge.serviceDate() != null && charge.serviceDate().isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1)),
                "serviceDate", Codes.SERVICE_DATE_FUTURE, "a service is charged once rendered, not in advance");
        violations.addAll("", CodeFormats.PLACE_OF_SERVICE.check("placeOfService", charge.placeOfService()));
        violations.addIf(charge.encounterRef().isPresent() && !charge.encounterRef().get().matches(REF_FORM), "encounterRef",
                Codes.REF_INVALID, "an encounter id is 1 to 100 of letters, digits and . _ : -");
        violations.addIf(charge.appointmentRef().isPresent() && !charge.appointmentRef().get().matches(REF_FORM), "appointmentRef",
                Codes.REF_INVALID, "an appointment id is 1 to 100 of letters, digits and . _ : -");
        violations.addIf(charge.sourceKey().isPresent() && !charge.sourceKey().get().matches("[A-Za-z0-9._:|-]{1,128}"), "sourceKey",
                Codes.KEY_INVALID, "a source key is 1 to 128 of letters, digits and . _ : | -");
        violations.throwIfAny();
        PatientId patient = charge.patient();
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.CREATE, Optional.of(patient), "charge.capture", "bill-charge");
            session.lock(Documents.PATIENT_LOCK, patient.asString());
            if (charge.sourceKey().isPresent()) {
                session.lock(Documents.SOURCE_LOCK, charge.sourceKey().get());
                Optional<Charge> earlier = session.query(Documents.CHARGE, Criteria.all().eq("source", charge.sourceKey().get()).limit(1))
                        .items().stream().map(Versioned::value).findFirst();
                if (earlier.isPresent()) {
                    if (!earlier.get().patient().equals(patient)) {
                        throw new ConflictException(Codes.KEY_INVALID, "this source key was already used for a charge of another patient;"
                                + " use one key per charge");
                    }
                    return earlier.get();
                }
            }
            Charge stored = new Charge(ChargeId.next(clock), patient, procedure.get(), modifiers, charge.units(), charge.amount(), diagnoses,
                    pointers, charge.renderingNpi().strip(), charge.billingNpi().strip(), charge.serviceDate(), charge.placeOfService().strip(),
                    charge.encounterRef(), charge.appointmentRef(), charge.sourceKey(), ChargeStatus.OPEN, Optional.empty(), session.now());
            session.insert(Documents.CHARGE, stored.id().asString(), stored);
            Ledgers.append(session, patient, LedgerEntryType.CHARGE, stored.amount(), Optional.of(stored.id()), Optional.empty(),
                    "charge " + stored.procedure(), Optional.empty());
            session.publish(new ChargeCaptured(stored.id(), patient, stored.encounterRef()));
            return stored;
        });
    }

    @Override
    public Charge charge(AccessContext context, ChargeId id) {
        return data.inTransaction(context, session -> {
            Charge charge = charge(session, id);
            Access.billing(session, Action.READ, Optional.of(charge.patient()), "charge.read", "bill-charge/" + id);
            return charge;
        });
    }

    static Charge charge(DataSession session, ChargeId id) {
        return session.find(Documents.CHARGE, id.asString()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "charge " + id + " was not found"));
    }

    @Override
    public List<Charge> openCharges(AccessContext context, PatientId patient) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.SEARCH, Optional.of(patient), "charge.open", "bill-charge");
            return session.query(Documents.CHARGE, Criteria.all().eq("openFor", patient.asString()).limit(10_000)).items().stream()
                    .map(Versioned::value).sorted(java.util.Comparator.comparing(Charge::captured).thenComparing(c -> c.id().value())).toList();
        });
    }

    @Override
    public Charge voidCharge(AccessContext context, ChargeId id, String reason) {
        new Violations().addIf(reason == null || reason.isBlank(), "reason", Codes.REASON_REQUIRED, "say why the charge is voided").throwIfAny();
        return data.inTransaction(context, session -> {
            Charge found = charge(session, id);
            Access.billing(session, Action.UPDATE, Optional.of(found.patient()), "charge.void", "bill-charge/" + id);
            session.lock(Documents.PATIENT_LOCK, found.patient().asString());
            Versioned<Charge> current = session.get(Documents.CHARGE, id.asString());
            if (current.value().status() != ChargeStatus.OPEN) {
                throw new ConflictException(Codes.CHARGE_NOT_VOIDABLE, "charge " + id + " is " + current.value().status()
                        + "; only open charges are voided (correct a billed charge through its claim)");
            }
            Charge voided = current.value().withStatus(ChargeStatus.VOID, Optional.empty());
            session.update(Documents.CHARGE, id.asString(), current.version(), voided);
            Ledgers.append(session, voided.patient(), LedgerEntryType.ADJUSTMENT, voided.amount().negate(), Optional.of(id), Optional.empty(),
                    "charge voided", Optional.empty());
            session.publish(new ChargeVoided(id, voided.patient()));
            return voided;
        });
    }
}
