package org.medcoord.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditEvent;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.AssetId;
import org.medcoord.inventory.AssetStatus;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.MaintenanceKind;
import org.medcoord.inventory.MaintenancePlan;
import org.medcoord.inventory.OrderLine;
import org.medcoord.inventory.PurchaseOrder;
import org.medcoord.inventory.PurchaseOrderId;
import org.medcoord.inventory.PurchaseOrderStatus;
import org.medcoord.inventory.Receipt;
import org.medcoord.records.Address;
import org.medcoord.records.AdministrationOutcome;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.ClinicalNote;
import org.medcoord.records.ConsentDirective;
import org.medcoord.records.ConsentId;
import org.medcoord.records.ConsentStatus;
import org.medcoord.records.ContactPoint;
import org.medcoord.records.Demographics;
import org.medcoord.records.Dose;
import org.medcoord.records.Encounter;
import org.medcoord.records.EncounterClass;
import org.medcoord.records.EncounterId;
import org.medcoord.records.EncounterStatus;
import org.medcoord.records.EntrySource;
import org.medcoord.records.EntryStatus;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.Frequency;
import org.medcoord.records.HistoryEntry;
import org.medcoord.records.HistoryEntryId;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.MedicationOrder;
import org.medcoord.records.MedicationOrderId;
import org.medcoord.records.NoteId;
import org.medcoord.records.NoteStatus;
import org.medcoord.records.ObservationId;
import org.medcoord.records.OrderStatus;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientStatus;
import org.medcoord.records.PersonName;
import org.medcoord.records.Provenance;
import org.medcoord.records.RelatedPerson;
import org.medcoord.records.Route;
import org.medcoord.records.ScheduledDose;
import org.medcoord.records.SensitiveCategory;
import org.medcoord.records.Vital;
import org.medcoord.records.VitalFlag;
import org.medcoord.records.VitalKind;
import org.medcoord.scheduling.Allocation;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ServiceTypeId;
import org.medcoord.scheduling.Slot;

/**
 * jqwik generators of MedCoord values as the services produce them: times to the millisecond (FHIR's instants
 * and HAPI's date types carry milliseconds), codes in the systems each field takes, texts without surrounding space.
 */
final class Generated {

    private Generated() {
    }

    static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('Á', 'ñ', 'ü', ' ', '-', '\'').ofMinLength(1).ofMaxLength(16)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    static Arbitrary<String> maybeEmpty() {
        return Arbitraries.oneOf(Arbitraries.just(""), text());
    }

    static Arbitrary<String> token() {
        return Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(10);
    }

    static Arbitrary<UUID> uuid() {
        return Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()));
    }

    static Arbitrary<Instant> instant() {
        return Arbitraries.longs().between(946_684_800_000L, 1_893_456_000_000L).map(Instant::ofEpochMilli);
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.of(1920, 1, 1).plusDays(d));
    }

    static Arbitrary<ZoneId> zone() {
        return Arbitraries.of("America/New_York", "Europe/Paris", "Asia/Kolkata", "UTC", "Pacific/Auckland").map(ZoneId::of);
    }

    static Arbitrary<Coding> coding(String... systems) {
        return Combinators.combine(Arbitraries.of(systems), token(), Arbitraries.oneOf(Arbitraries.just((String) null), text()))
                .as(Coding::new);
    }

    static Arbitrary<BigDecimal> decimal() {
        return Combinators.combine(Arbitraries.integers().between(0, 99_999), Arbitraries.integers().between(0, 2))
                .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    static Arbitrary<PersonName> name() {
        return Combinators.combine(text(), text().list().ofMaxSize(3)).as(PersonName::new);
    }

    static Arbitrary<Demographics> demographics() {
        Arbitrary<ContactPoint> contact = Combinators.combine(Arbitraries.of(ContactPoint.Kind.class), text(), Arbitraries.of(ContactPoint.Use.class))
                .as(ContactPoint::new);
        Arbitrary<Address> address = Combinators.combine(text().list().ofMaxSize(2), text(), Arbitraries.oneOf(Arbitraries.just((String) null), token()),
                Arbitraries.oneOf(Arbitraries.just((String) null), token()), Arbitraries.of("US", "CA", "MX")).as(Address::new);
        Arbitrary<RelatedPerson> related = Combinators.combine(name(), maybeEmpty(), maybeEmpty()).as(RelatedPerson::new);
        return Combinators.combine(name(), date(), Arbitraries.of(AdministrativeSex.class), Arbitraries.oneOf(Arbitraries.just((String) null), text()))
                .flatAs((n, birth, sex, gi) -> Combinators.combine(contact.list().ofMaxSize(3), Arbitraries.oneOf(Arbitraries.just((Address) null), address),
                        Arbitraries.of("en", "es", "zh-Hant", "fr-CA").injectNull(0.3), related.list().ofMaxSize(2), related.injectNull(0.5))
                        .as((contacts, addr, lang, emergency, guardian) -> new Demographics(n, birth, sex, gi, contacts, addr, lang, emergency, guardian)));
    }

    static Arbitrary<Patient> patient() {
        Arbitrary<ExternalIdentifier> external = Combinators.combine(Arbitraries.of("urn:oid:2.16.840.1.113883.4.1", "https://payer.example/member",
                "legacy-chart"), token()).as(ExternalIdentifier::new);
        return Combinators.combine(uuid(), Arbitraries.longs().between(1, 99), token(), token(), demographics(),
                external.list().ofMaxSize(3).uniqueElements(ExternalIdentifier::system), Arbitraries.of(PatientStatus.class), uuid())
                .flatAs((id, version, facility, mrn, d, ids, status, survivor) ->
                Combinators.combine(token().list().ofMaxSize(2), instant(), token(), Arbitraries.of(true, false)).as((merged, at, by, restricted) ->
                        new Patient(new PatientId(id), version, facility, mrn, d, ids, status,
                                status == PatientStatus.MERGED ? Optional.of(new PatientId(survivor)) : Optional.empty(), merged, at, by, restricted)));
    }

    static Arbitrary<HistoryItem> item() {
        return Arbitraries.oneOf(
                Combinators.combine(coding(CodeSystems.RXNORM, CodeSystems.SNOMED_CT), maybeEmpty(),
                        Arbitraries.of(HistoryItem.Severity.class).injectNull(0.2)).as(HistoryItem.Allergy::new),
                Combinators.combine(coding(CodeSystems.ICD_10_CM), date().injectNull(0.3)).as(HistoryItem.Problem::new),
                Combinators.combine(coding(CodeSystems.RXNORM, CodeSystems.NDC), maybeEmpty()).as(HistoryItem.Medication::new),
                Combinators.combine(text(), coding(CodeSystems.CPT, CodeSystems.SNOMED_CT).injectNull(0.5), date().injectNull(0.3))
                        .as(HistoryItem.Surgery::new),
                Combinators.combine(text(), coding(CodeSystems.ICD_10_CM)).as(HistoryItem.FamilyHistory::new),
                Combinators.combine(Arbitraries.of(HistoryItem.SocialTopic.class), maybeEmpty()).as(HistoryItem.SocialHistory::new),
                Combinators.combine(coding(CodeSystems.CVX), date(), maybeEmpty()).as(HistoryItem.Immunization::new));
    }

    static Arbitrary<HistoryEntry> historyEntry() {
        Arbitrary<Provenance> provenance = Combinators.combine(token(), instant(), Arbitraries.of(EntrySource.class)).as(Provenance::new);
        return Combinators.combine(uuid(), Arbitraries.longs().between(1, 99), uuid(), item(), Arbitraries.of(EntryStatus.class), provenance,
                instant(), token()).flatAs((id, v, patient, item, status, prov, at, by) ->
                Arbitraries.subsetOf(SensitiveCategory.values()).map(sens -> new HistoryEntry(new HistoryEntryId(id), v, new PatientId(patient),
                        item, status, prov, at, by, sens)));
    }

    static Arbitrary<Encounter> encounter() {
        return Combinators.combine(uuid(), Arbitraries.longs().between(1, 99), uuid(), Arbitraries.of(EncounterClass.class),
                Arbitraries.of(EncounterStatus.class), instant(), Arbitraries.longs().between(1, 86_400_000L).optional(), maybeEmpty())
                .flatAs((id, v, p, c, s, start, length, reason) ->
                Combinators.combine(uuid().optional(), token()).as((appt, by) -> new Encounter(new EncounterId(id), v, new PatientId(p), c, s, start,
                        length.map(start::plusMillis), reason, appt, by)));
    }

    /** One patient's vitals: values in the kind's units, blood pressures often taken together. */
    static Arbitrary<List<Vital>> vitals() {
        PatientId patient = new PatientId(UUID.randomUUID());
        Arbitrary<Vital> vital = Combinators.combine(uuid(), Arbitraries.of(VitalKind.class), decimal(), decimal(), Arbitraries.of(VitalFlag.class),
                Arbitraries.of(Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-02T10:00:00.123Z")),
                Arbitraries.of(Optional.<EncounterId>empty(), Optional.of(new EncounterId(new UUID(1, 2)))), Arbitraries.of("rn-1", "rn-2"))
                .as((id, kind, value, entered, flag, at, enc, by) -> new Vital(new ObservationId(id), patient, kind, value, kind.canonicalUnit(),
                        entered, kind.units().get(0), flag, at, enc, by));
        return vital.list().ofMaxSize(8);
    }

    static Arbitrary<Frequency> frequency() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 72).map(Frequency::everyHours), Arbitraries.just(Frequency.asNeeded()),
                Arbitraries.integers().between(0, 24 * 4 - 1).map(q -> LocalTime.of(q / 4, (q % 4) * 15)).set().ofMinSize(1).ofMaxSize(4)
                        .map(times -> new Frequency(Frequency.Kind.TIMES_OF_DAY, 0, new ArrayList<>(times))));
    }

    static Arbitrary<MedicationOrder> order() {
        return Combinators.combine(uuid(), Arbitraries.longs().between(1, 99), uuid(), coding(CodeSystems.RXNORM, CodeSystems.NDC),
                Combinators.combine(decimal(), Arbitraries.of("mg", "mL", "[iU]", "{tbl}")).as(Dose::new), Arbitraries.of(Route.class), frequency(),
                zone()).flatAs((id, v, p, drug, dose, route, freq, zone) -> Combinators.combine(instant(),
                Arbitraries.longs().between(3_600_000L, 90L * 86_400_000L).optional(), maybeEmpty(),
                Arbitraries.of(OrderStatus.class), token(), token().list().ofMaxSize(2).uniqueElements())
                .as((start, length, loc, status, by, ack) -> new MedicationOrder(new MedicationOrderId(id), v, new PatientId(p), drug, dose, route,
                        freq, zone, start, length.map(start::plusMillis), loc, status, by, ack)));
    }

    static Arbitrary<ScheduledDose> dose() {
        return Combinators.combine(uuid(), uuid(), instant(), Arbitraries.of(AdministrationOutcome.class), token().optional(), instant())
                .as((o, p, due, outcome, by, at) -> new ScheduledDose(new MedicationOrderId(o), new PatientId(p), due, Optional.of(outcome), by,
                        Optional.of(at)));
    }

    static Arbitrary<ConsentDirective> consent() {
        return Combinators.combine(uuid(), Arbitraries.longs().between(1, 99), uuid(), token(),
                Arbitraries.subsetOf(DataCategory.values()).filter(s -> !s.isEmpty()), instant(), Arbitraries.longs().between(1, 400L * 86_400_000L),
                Arbitraries.of(ConsentStatus.class))
                .flatAs((id, v, p, to, cats, from, length, status) -> token().map(by -> new ConsentDirective(new ConsentId(id), v, new PatientId(p), to,
                        cats, from, from.plusMillis(length), status, by)));
    }

    static Arbitrary<ClinicalNote> note() {
        return Combinators.combine(uuid(), Arbitraries.longs().between(1, 99), uuid(), uuid().optional(), uuid().optional(), maybeEmpty(),
                text(), Arbitraries.of(NoteStatus.class)).flatAs((id, v, p, enc, add, title, body, status) ->
                Combinators.combine(token(), instant(), token(), instant(), Arbitraries.subsetOf(SensitiveCategory.values()))
                        .as((author, created, signer, signedAt, sens) -> new ClinicalNote(new NoteId(id), v, new PatientId(p), enc.map(EncounterId::new),
                                add.map(NoteId::new), title, body, status, author, created,
                                status == NoteStatus.SIGNED ? Optional.of(signer) : Optional.empty(),
                                status == NoteStatus.SIGNED ? Optional.of(signedAt) : Optional.empty(), sens)));
    }

    static Arbitrary<AuditEntry> audit() {
        return Combinators.combine(instant(), token(), uuid().optional(), Arbitraries.of(Action.class), Arbitraries.of(DataCategory.class),
                Arbitraries.of(AuditOutcome.class), Arbitraries.of(PurposeOfUse.class), Arbitraries.of("records.patient.read", "fhir.patient-export"))
                .flatAs((at, user, p, action, cat, outcome, purpose, source) -> Combinators.combine(maybeEmpty(), token().optional(), maybeEmpty(),
                        Arbitraries.longs().between(1, 1_000_000), Arbitraries.strings().withChars("0123456789abcdef").ofLength(64))
                        .as((subject, bg, detail, seq, hash) -> new AuditEntry(seq, new AuditEvent(at, user, p.map(PatientId::new), action, cat,
                                outcome, purpose, source, subject, bg, detail), hash)));
    }

    static Arbitrary<Resource> resource() {
        return Combinators.combine(uuid(), Arbitraries.of(ResourceKind.class), text(), Arbitraries.integers().between(1, 5), zone())
                .as((id, kind, name, cap, zone) -> new Resource(new ResourceId(id), kind, name, cap, zone));
    }

    static Arbitrary<Slot> slot() {
        return Combinators.combine(instant(), Arbitraries.integers().between(5, 240),
                Arbitraries.maps(Arbitraries.of("clinician", "room", "scope"), uuid().map(ResourceId::new)).ofMinSize(1).ofMaxSize(3))
                .as((start, minutes, roles) -> new Slot(start, start.plusSeconds(60L * minutes), new LinkedHashMap<>(roles)));
    }

    static Arbitrary<Appointment> appointment() {
        Arbitrary<Allocation> allocation = Combinators.combine(Arbitraries.of("clinician", "room"), uuid(), instant())
                .as((role, r, from) -> new Allocation(role, new ResourceId(r), from, from.plusSeconds(1800)));
        return Combinators.combine(uuid(), uuid(), uuid(), instant(), Arbitraries.of(AppointmentStatus.class), allocation.list().ofMaxSize(3),
                instant().optional(), token().optional()).flatAs((id, p, st, start, status, allocs, hold, key) ->
                Combinators.combine(text().optional(), token()).as((cancel, by) -> new Appointment(new AppointmentId(id), new PatientId(p),
                        new ServiceTypeId(st), start, start.plusSeconds(1800), status, allocs, hold, key, cancel, by)));
    }

    static Arbitrary<org.medcoord.inventory.Location> stockLocation() {
        return Combinators.combine(uuid(), text(), Arbitraries.of(LocationKind.class), zone())
                .as((id, name, kind, zone) -> new org.medcoord.inventory.Location(new LocationId(id), name, kind, zone));
    }

    static Arbitrary<Asset> asset() {
        Arbitrary<MaintenancePlan> plan = Combinators.combine(text(), Arbitraries.of(MaintenanceKind.class),
                Arbitraries.integers().between(1, 365).optional(), Arbitraries.integers().between(1, 1000).optional(), date(),
                Arbitraries.longs().between(0, 10_000)).as(MaintenancePlan::new);
        return Combinators.combine(uuid(), uuid(), token(), uuid(), Arbitraries.of(AssetStatus.class), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.longs().between(0, 100_000)).flatAs((id, type, serial, loc, status, reusable, due, uses) ->
                plan.list().ofMaxSize(2).map(plans -> new Asset(new AssetId(id), new ItemId(type), serial, new LocationId(loc), status, reusable, due,
                        uses, plans)));
    }

    static Arbitrary<PurchaseOrder> purchaseOrder() {
        Arbitrary<OrderLine> line = Combinators.combine(uuid(), Arbitraries.longs().between(1, 500), Arbitraries.longs().between(0, 500))
                .as((item, ordered, received) -> new OrderLine(new ItemId(item), ordered, received));
        return Combinators.combine(uuid(), text(), uuid(), Arbitraries.of(PurchaseOrderStatus.class), line.list().ofMinSize(1).ofMaxSize(4),
                instant(), instant().optional()).as((id, supplier, to, status, lines, created, ordered) -> new PurchaseOrder(new PurchaseOrderId(id),
                supplier, new LocationId(to), status, lines, created, ordered));
    }

    static Arbitrary<Receipt> receipt() {
        return Combinators.combine(uuid(), uuid(), Arbitraries.longs().between(0, 10_000), Arbitraries.of("each", "box", "mL"), token().optional(),
                date().optional(), maybeEmpty()).as((item, loc, amount, unit, lot, expires, reason) -> new Receipt(new ItemId(item),
                new LocationId(loc), new org.medcoord.inventory.Quantity(amount, unit), lot, expires, reason));
    }



    static Arbitrary<org.medcoord.billing.InsuredPerson> insured() {
        Arbitrary<org.medcoord.billing.PostalAddress> address = Combinators.combine(text(), text().optional(), text(),
                Arbitraries.of("MA", "NY", "TX"), Arbitraries.of("02118", "100011234")).as(org.medcoord.billing.PostalAddress::new);
        return Combinators.combine(text(), text(), date(), Arbitraries.of(org.medcoord.billing.AdministrativeSex.class), address)
                .as(org.medcoord.billing.InsuredPerson::new);
    }

    static Arbitrary<org.medcoord.billing.Coverage> coverage() {
        return Combinators.combine(uuid(), uuid(), uuid(), token(), token().optional(), text(), Arbitraries.of(org.medcoord.billing.SubscriberRelationship.class),
                insured()).flatAs((id, p, payer, member, group, plan, rel, subscriber) -> Combinators.combine(insured().optional(),
                Arbitraries.of(org.medcoord.billing.CoverageOrder.class), date(), Arbitraries.integers().between(1, 2000).optional())
                .as((dependent, order, from, days) -> new org.medcoord.billing.Coverage(new org.medcoord.billing.CoverageId(id), new PatientId(p),
                        new org.medcoord.billing.PayerId(payer), member, group, plan, rel, subscriber, dependent, order, from, days.map(from::plusDays))));
    }

    static Arbitrary<org.medcoord.core.Money> money() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000_000), Arbitraries.of("USD", "CAD"))
                .as((cents, currency) -> new org.medcoord.core.Money(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance(currency)));
    }

    static Arbitrary<org.medcoord.billing.Claim> claim() {
        Arbitrary<org.medcoord.billing.ClaimLine> line = Combinators.combine(uuid(), token(), Arbitraries.of("99213", "99214", "J3490", "G0008", "0001U"),
                Arbitraries.of("25", "59", "LT").list().ofMaxSize(2), Arbitraries.integers().between(1, 9), date(),
                Arbitraries.of("11", "22", "02"), Arbitraries.of("1234567893", "1245319599")).as((charge, lcn, proc, mods, units, day, pos, npi) ->
                new org.medcoord.billing.ClaimLine(0, new org.medcoord.billing.ChargeId(charge), lcn, proc, mods, units,
                        new org.medcoord.core.Money(BigDecimal.valueOf(units * 12_550L, 2), java.util.Currency.getInstance("USD")), List.of(1), day, pos, npi));
        Arbitrary<org.medcoord.billing.StatusChange> change = Combinators.combine(Arbitraries.of(org.medcoord.billing.ClaimStatus.class),
                Arbitraries.of(org.medcoord.billing.ClaimStatus.class), instant(), token().list().ofMaxSize(2)).as(org.medcoord.billing.StatusChange::new);
        return Combinators.combine(uuid(), token(), uuid(), uuid(), uuid(), Arbitraries.of(org.medcoord.billing.CoverageOrder.class), uuid().optional(),
                Arbitraries.of("E11.9", "I10", "Z00.00").list().ofMinSize(1).ofMaxSize(3)).flatAs((id, control, p, cov, payer, order, primary, dx) ->
                Combinators.combine(line.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(org.medcoord.billing.ClaimStatus.class), change.list().ofMaxSize(2),
                        instant()).as((lines, status, history, created) -> {
                            List<org.medcoord.billing.ClaimLine> numbered = new ArrayList<>();
                            for (int i = 0; i < lines.size(); i++) {
                                var l = lines.get(i);
                                numbered.add(new org.medcoord.billing.ClaimLine(i + 1, l.charge(), l.lineControlNumber(), l.procedure(), l.modifiers(),
                                        l.units(), l.amount(), l.diagnosisPointers(), l.serviceDate(), l.placeOfService(), l.renderingNpi()));
                            }
                            return new org.medcoord.billing.Claim(new org.medcoord.billing.ClaimId(id), control, new PatientId(p),
                                    new org.medcoord.billing.CoverageId(cov), new org.medcoord.billing.PayerId(payer), order,
                                    primary.map(org.medcoord.billing.ClaimId::new), "1234567893", dx, numbered, status, history, created);
                        }));
    }

    static Arbitrary<org.medcoord.billing.PostedClaimPayment> payment(org.medcoord.billing.Claim claim) {
        return Combinators.combine(Arbitraries.of(org.medcoord.billing.ClaimStatus.class), money(), money(), money(), Arbitraries.of("CO-45", "PR-2", "OA-23")
                .list().ofMaxSize(2), Arbitraries.of(true, false)).as((status, paid, owed, off, reasons, reversal) ->
                new org.medcoord.billing.PostedClaimPayment(claim.id(), claim.controlNumber(), status, paid, owed, off, reasons, reversal));
    }

    static Arbitrary<Adjudication> adjudication() {
        return claim().flatMap(c -> Combinators.combine(payment(c), instant()).as((p, at) -> new Adjudication(c, p, at)));
    }
}
