package org.medcoord.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
 * Seeded generators of MedCoord values as the services produce them: times to the millisecond (FHIR's instants
 * and HAPI's date types carry milliseconds), codes in the systems each field takes, texts without surrounding space.
 * Every generator is a function of a {@link Random}, so a case is reproduced by its seed (see {@link Properties}).
 * Like a shrinking generator, they favour edge cases: bounds of ranges, empty and full lists, absent optionals.
 */
final class Generated {

    private static final char[] TEXT_EXTRAS = {'Á', 'ñ', 'ü', ' ', '-', '\''};

    private Generated() {
    }

    /** {@code count} values from a fixed seed (the same ones on every run). */
    static <T> List<T> sample(long seed, int count, Function<Random, T> generator) {
        Random random = new Random(seed);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(generator.apply(random));
        }
        return values;
    }

    // ---- primitives ------------------------------------------------------------------------------------------

    /** An int in [lo, hi]: one time in ten each bound, otherwise uniform. */
    static int between(Random r, int lo, int hi) {
        int pick = r.nextInt(10);
        if (pick == 0) {
            return lo;
        }
        if (pick == 1) {
            return hi;
        }
        return lo + r.nextInt(hi - lo + 1);
    }

    /** A long in [lo, hi]: one time in ten each bound, otherwise uniform. */
    static long between(Random r, long lo, long hi) {
        int pick = r.nextInt(10);
        if (pick == 0) {
            return lo;
        }
        if (pick == 1) {
            return hi;
        }
        return lo + Math.floorMod(r.nextLong(), hi - lo + 1);
    }

    @SafeVarargs
    static <T> T oneOf(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    static <E extends Enum<E>> E of(Random r, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    /** A list of size in [min, max]: often the minimum, sometimes the maximum. */
    static <T> List<T> list(Random r, int min, int max, Function<Random, T> element) {
        int size = between(r, min, max);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.apply(r));
        }
        return list;
    }

    /** A list of size in [min, max] whose elements differ by {@code key} (generated again on a clash). */
    static <T, K> List<T> uniqueList(Random r, int min, int max, Function<Random, T> element, Function<T, K> key, int distinctKeys) {
        int size = Math.min(between(r, min, max), distinctKeys);
        Map<K, T> byKey = new LinkedHashMap<>();
        while (byKey.size() < size) {
            T t = element.apply(r);
            byKey.putIfAbsent(key.apply(t), t);
        }
        return new ArrayList<>(byKey.values());
    }

    static <T> Optional<T> optional(Random r, Function<Random, T> value) {
        return r.nextInt(4) == 0 ? Optional.empty() : Optional.of(value.apply(r));
    }

    static <T> T orNull(Random r, double nullProbability, Function<Random, T> value) {
        return r.nextDouble() < nullProbability ? null : value.apply(r);
    }

    static <E extends Enum<E>> Set<E> subsetOf(Random r, E[] values) {
        Set<E> set = new HashSet<>();
        int pick = r.nextInt(10);
        for (E e : values) {
            if (pick == 1 || (pick > 1 && r.nextBoolean())) {
                set.add(e);
            }
        }
        return set;
    }

    static String text(Random r) {
        while (true) {
            int length = between(r, 1, 16);
            StringBuilder s = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                s.append(r.nextInt(5) == 0 ? TEXT_EXTRAS[r.nextInt(TEXT_EXTRAS.length)] : (char) ('a' + r.nextInt(26)));
            }
            String stripped = s.toString().strip();
            if (!stripped.isEmpty()) {
                return stripped;
            }
        }
    }

    static String maybeEmpty(Random r) {
        return r.nextBoolean() ? "" : text(r);
    }

    static String token(Random r) {
        int length = between(r, 1, 10);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int c = r.nextInt(36);
            s.append(c < 26 ? (char) ('A' + c) : (char) ('0' + c - 26));
        }
        return s.toString();
    }

    static UUID uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong());
    }

    static Instant instant(Random r) {
        return Instant.ofEpochMilli(between(r, 946_684_800_000L, 1_893_456_000_000L));
    }

    static LocalDate date(Random r) {
        return LocalDate.of(1920, 1, 1).plusDays(between(r, 0, 40_000));
    }

    static ZoneId zone(Random r) {
        return ZoneId.of(oneOf(r, "America/New_York", "Europe/Paris", "Asia/Kolkata", "UTC", "Pacific/Auckland"));
    }

    static Coding coding(Random r, String... systems) {
        return new Coding(oneOf(r, systems), token(r), r.nextBoolean() ? null : text(r));
    }

    static BigDecimal decimal(Random r) {
        return BigDecimal.valueOf(between(r, 0, 99_999), between(r, 0, 2));
    }

    // ---- records -----------------------------------------------------------------------------------------------

    static PersonName name(Random r) {
        return new PersonName(text(r), list(r, 0, 3, Generated::text));
    }

    static RelatedPerson related(Random r) {
        return new RelatedPerson(name(r), maybeEmpty(r), maybeEmpty(r));
    }

    static Demographics demographics(Random r) {
        PersonName n = name(r);
        LocalDate birth = date(r);
        AdministrativeSex sex = of(r, AdministrativeSex.class);
        String gi = r.nextBoolean() ? null : text(r);
        List<ContactPoint> contacts = list(r, 0, 3, x -> new ContactPoint(of(x, ContactPoint.Kind.class), text(x), of(x, ContactPoint.Use.class)));
        Address address = r.nextBoolean() ? null : new Address(list(r, 0, 2, Generated::text), text(r), r.nextBoolean() ? null : token(r),
                r.nextBoolean() ? null : token(r), oneOf(r, "US", "CA", "MX"));
        String language = orNull(r, 0.3, x -> oneOf(x, "en", "es", "zh-Hant", "fr-CA"));
        List<RelatedPerson> emergency = list(r, 0, 2, Generated::related);
        RelatedPerson guardian = orNull(r, 0.5, Generated::related);
        return new Demographics(n, birth, sex, gi, contacts, address, language, emergency, guardian);
    }

    static Patient patient(Random r) {
        UUID id = uuid(r);
        long version = between(r, 1L, 99L);
        String facility = token(r);
        String mrn = token(r);
        Demographics d = demographics(r);
        List<ExternalIdentifier> ids = uniqueList(r, 0, 3, x -> new ExternalIdentifier(oneOf(x, "urn:oid:2.16.840.1.113883.4.1",
                "https://payer.example/member", "legacy-chart"), token(x)), ExternalIdentifier::system, 3);
        PatientStatus status = of(r, PatientStatus.class);
        UUID survivor = uuid(r);
        List<String> merged = list(r, 0, 2, Generated::token);
        return new Patient(new PatientId(id), version, facility, mrn, d, ids, status,
                status == PatientStatus.MERGED ? Optional.of(new PatientId(survivor)) : Optional.empty(), merged, instant(r), token(r), r.nextBoolean());
    }

    static HistoryItem item(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> new HistoryItem.Allergy(coding(r, CodeSystems.RXNORM, CodeSystems.SNOMED_CT), maybeEmpty(r),
                    orNull(r, 0.2, x -> of(x, HistoryItem.Severity.class)));
            case 1 -> new HistoryItem.Problem(coding(r, CodeSystems.ICD_10_CM), orNull(r, 0.3, Generated::date));
            case 2 -> new HistoryItem.Medication(coding(r, CodeSystems.RXNORM, CodeSystems.NDC), maybeEmpty(r));
            case 3 -> new HistoryItem.Surgery(text(r), orNull(r, 0.5, x -> coding(x, CodeSystems.CPT, CodeSystems.SNOMED_CT)),
                    orNull(r, 0.3, Generated::date));
            case 4 -> new HistoryItem.FamilyHistory(text(r), coding(r, CodeSystems.ICD_10_CM));
            case 5 -> new HistoryItem.SocialHistory(of(r, HistoryItem.SocialTopic.class), maybeEmpty(r));
            default -> new HistoryItem.Immunization(coding(r, CodeSystems.CVX), date(r), maybeEmpty(r));
        };
    }

    static HistoryEntry historyEntry(Random r) {
        UUID id = uuid(r);
        long v = between(r, 1L, 99L);
        UUID patient = uuid(r);
        HistoryItem item = item(r);
        EntryStatus status = of(r, EntryStatus.class);
        Provenance provenance = new Provenance(token(r), instant(r), of(r, EntrySource.class));
        return new HistoryEntry(new HistoryEntryId(id), v, new PatientId(patient), item, status, provenance, instant(r), token(r),
                subsetOf(r, SensitiveCategory.values()));
    }

    static Encounter encounter(Random r) {
        UUID id = uuid(r);
        long v = between(r, 1L, 99L);
        UUID p = uuid(r);
        EncounterClass c = of(r, EncounterClass.class);
        EncounterStatus s = of(r, EncounterStatus.class);
        Instant start = instant(r);
        Optional<Long> length = optional(r, x -> between(x, 1L, 86_400_000L));
        String reason = maybeEmpty(r);
        return new Encounter(new EncounterId(id), v, new PatientId(p), c, s, start, length.map(start::plusMillis), reason, optional(r, Generated::uuid),
                token(r));
    }

    /** One patient's vitals: values in the kind's units, blood pressures often taken together. */
    static List<Vital> vitals(Random r) {
        PatientId patient = new PatientId(uuid(r));
        return list(r, 0, 8, x -> {
            VitalKind kind = of(x, VitalKind.class);
            return new Vital(new ObservationId(uuid(x)), patient, kind, decimal(x), kind.canonicalUnit(), decimal(x), kind.units().get(0),
                    of(x, VitalFlag.class), oneOf(x, Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-02T10:00:00.123Z")),
                    oneOf(x, Optional.<EncounterId>empty(), Optional.of(new EncounterId(new UUID(1, 2)))), oneOf(x, "rn-1", "rn-2"));
        });
    }

    static Frequency frequency(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Frequency.everyHours(between(r, 1, 72));
            case 1 -> Frequency.asNeeded();
            default -> {
                int size = between(r, 1, 4);
                Set<LocalTime> times = new LinkedHashSet<>();
                while (times.size() < size) {
                    int q = between(r, 0, 24 * 4 - 1);
                    times.add(LocalTime.of(q / 4, (q % 4) * 15));
                }
                yield new Frequency(Frequency.Kind.TIMES_OF_DAY, 0, new ArrayList<>(times));
            }
        };
    }

    static MedicationOrder order(Random r) {
        UUID id = uuid(r);
        long v = between(r, 1L, 99L);
        UUID p = uuid(r);
        Coding drug = coding(r, CodeSystems.RXNORM, CodeSystems.NDC);
        Dose dose = new Dose(decimal(r), oneOf(r, "mg", "mL", "[iU]", "{tbl}"));
        Route route = of(r, Route.class);
        Frequency freq = frequency(r);
        ZoneId zone = zone(r);
        Instant start = instant(r);
        Optional<Long> length = optional(r, x -> between(x, 3_600_000L, 90L * 86_400_000L));
        String loc = maybeEmpty(r);
        OrderStatus status = of(r, OrderStatus.class);
        String by = token(r);
        List<String> ack = uniqueList(r, 0, 2, Generated::token, t -> t, Integer.MAX_VALUE);
        return new MedicationOrder(new MedicationOrderId(id), v, new PatientId(p), drug, dose, route, freq, zone, start, length.map(start::plusMillis),
                loc, status, by, ack);
    }

    static ScheduledDose dose(Random r) {
        return new ScheduledDose(new MedicationOrderId(uuid(r)), new PatientId(uuid(r)), instant(r), Optional.of(of(r, AdministrationOutcome.class)),
                optional(r, Generated::token), Optional.of(instant(r)));
    }

    static ConsentDirective consent(Random r) {
        UUID id = uuid(r);
        long v = between(r, 1L, 99L);
        UUID p = uuid(r);
        String to = token(r);
        Set<DataCategory> cats = subsetOf(r, DataCategory.values());
        while (cats.isEmpty()) {
            cats = subsetOf(r, DataCategory.values());
        }
        Instant from = instant(r);
        long length = between(r, 1L, 400L * 86_400_000L);
        ConsentStatus status = of(r, ConsentStatus.class);
        return new ConsentDirective(new ConsentId(id), v, new PatientId(p), to, cats, from, from.plusMillis(length), status, token(r));
    }

    static ClinicalNote note(Random r) {
        UUID id = uuid(r);
        long v = between(r, 1L, 99L);
        UUID p = uuid(r);
        Optional<UUID> enc = optional(r, Generated::uuid);
        Optional<UUID> add = optional(r, Generated::uuid);
        String title = maybeEmpty(r);
        String body = text(r);
        NoteStatus status = of(r, NoteStatus.class);
        String author = token(r);
        Instant created = instant(r);
        String signer = token(r);
        Instant signedAt = instant(r);
        Set<SensitiveCategory> sens = subsetOf(r, SensitiveCategory.values());
        return new ClinicalNote(new NoteId(id), v, new PatientId(p), enc.map(EncounterId::new), add.map(NoteId::new), title, body, status, author, created,
                status == NoteStatus.SIGNED ? Optional.of(signer) : Optional.empty(),
                status == NoteStatus.SIGNED ? Optional.of(signedAt) : Optional.empty(), sens);
    }

    /** An amendment of an entry or a note, with the fields its status implies (a later decision, a correction, a disagreement). */
    static org.medcoord.records.Amendment amendment(Random r) {
        UUID id = uuid(r);
        long v = between(r, 1L, 99L);
        UUID p = uuid(r);
        boolean ofNote = r.nextBoolean();
        var status = of(r, org.medcoord.records.AmendmentStatus.class);
        boolean decided = status != org.medcoord.records.AmendmentStatus.REQUESTED;
        boolean accepted = status == org.medcoord.records.AmendmentStatus.ACCEPTED;
        boolean denied = status == org.medcoord.records.AmendmentStatus.DENIED;
        Instant requestedAt = instant(r);
        return new org.medcoord.records.Amendment(new org.medcoord.records.AmendmentId(id), v, new PatientId(p),
                ofNote ? Optional.empty() : Optional.of(new HistoryEntryId(uuid(r))), ofNote ? Optional.of(new NoteId(uuid(r))) : Optional.empty(),
                text(r), status, token(r), requestedAt, decided ? Optional.of(token(r)) : Optional.empty(),
                decided ? Optional.of(requestedAt.plusMillis(between(r, 0L, 90L * 86_400_000L))) : Optional.empty(), denied ? Optional.of(text(r)) : Optional.empty(),
                denied ? optional(r, Generated::text) : Optional.empty(),
                accepted && !ofNote ? Optional.of(new HistoryEntryId(uuid(r))) : Optional.empty(),
                accepted && ofNote ? Optional.of(new NoteId(uuid(r))) : Optional.empty());
    }

    static AuditEntry audit(Random r) {
        Instant at = instant(r);
        String user = token(r);
        Optional<UUID> p = optional(r, Generated::uuid);
        Action action = of(r, Action.class);
        DataCategory cat = of(r, DataCategory.class);
        AuditOutcome outcome = of(r, AuditOutcome.class);
        PurposeOfUse purpose = of(r, PurposeOfUse.class);
        String source = oneOf(r, "records.patient.read", "fhir.patient-export");
        String subject = maybeEmpty(r);
        Optional<String> bg = optional(r, Generated::token);
        String detail = maybeEmpty(r);
        long seq = between(r, 1L, 1_000_000L);
        StringBuilder hash = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            hash.append("0123456789abcdef".charAt(r.nextInt(16)));
        }
        return new AuditEntry(seq, new AuditEvent(at, user, p.map(PatientId::new), action, cat, outcome, purpose, source, subject, bg, detail),
                hash.toString());
    }

    static Resource resource(Random r) {
        return new Resource(new ResourceId(uuid(r)), of(r, ResourceKind.class), text(r), between(r, 1, 5), zone(r));
    }

    static Slot slot(Random r) {
        Instant start = instant(r);
        int minutes = between(r, 5, 240);
        int size = between(r, 1, 3);
        Map<String, ResourceId> roles = new LinkedHashMap<>();
        while (roles.size() < size) {
            roles.put(oneOf(r, "clinician", "room", "scope"), new ResourceId(uuid(r)));
        }
        return new Slot(start, start.plusSeconds(60L * minutes), roles);
    }

    static Appointment appointment(Random r) {
        UUID id = uuid(r);
        UUID p = uuid(r);
        UUID st = uuid(r);
        Instant start = instant(r);
        AppointmentStatus status = of(r, AppointmentStatus.class);
        List<Allocation> allocs = list(r, 0, 3, x -> {
            Instant from = instant(x);
            return new Allocation(oneOf(x, "clinician", "room"), new ResourceId(uuid(x)), from, from.plusSeconds(1800));
        });
        Optional<Instant> hold = optional(r, Generated::instant);
        Optional<String> key = optional(r, Generated::token);
        Optional<String> cancel = optional(r, Generated::text);
        return new Appointment(new AppointmentId(id), new PatientId(p), new ServiceTypeId(st), start, start.plusSeconds(1800), status, allocs, hold, key,
                cancel, token(r));
    }

    static org.medcoord.inventory.Location stockLocation(Random r) {
        return new org.medcoord.inventory.Location(new LocationId(uuid(r)), text(r), of(r, LocationKind.class), zone(r));
    }

    static MaintenancePlan plan(Random r) {
        return new MaintenancePlan(text(r), of(r, MaintenanceKind.class), optional(r, x -> between(x, 1, 365)), optional(r, x -> between(x, 1, 1000)),
                date(r), between(r, 0L, 10_000L));
    }

    static Asset asset(Random r) {
        UUID id = uuid(r);
        UUID type = uuid(r);
        String serial = token(r);
        UUID loc = uuid(r);
        AssetStatus status = of(r, AssetStatus.class);
        boolean reusable = r.nextBoolean();
        boolean due = r.nextBoolean();
        long uses = between(r, 0L, 100_000L);
        return new Asset(new AssetId(id), new ItemId(type), serial, new LocationId(loc), status, reusable, due, uses, list(r, 0, 2, Generated::plan));
    }

    static PurchaseOrder purchaseOrder(Random r) {
        UUID id = uuid(r);
        String supplier = text(r);
        UUID to = uuid(r);
        PurchaseOrderStatus status = of(r, PurchaseOrderStatus.class);
        List<OrderLine> lines = list(r, 1, 4, x -> new OrderLine(new ItemId(uuid(x)), between(x, 1L, 500L), between(x, 0L, 500L)));
        return new PurchaseOrder(new PurchaseOrderId(id), supplier, new LocationId(to), status, lines, instant(r), optional(r, Generated::instant));
    }

    static Receipt receipt(Random r) {
        UUID item = uuid(r);
        UUID loc = uuid(r);
        long amount = between(r, 0L, 10_000L);
        String unit = oneOf(r, "each", "box", "mL");
        return new Receipt(new ItemId(item), new LocationId(loc), new org.medcoord.inventory.Quantity(amount, unit), optional(r, Generated::token),
                optional(r, Generated::date), maybeEmpty(r));
    }

    static org.medcoord.billing.InsuredPerson insured(Random r) {
        String family = text(r);
        String given = text(r);
        LocalDate birth = date(r);
        var sex = of(r, org.medcoord.billing.AdministrativeSex.class);
        var address = new org.medcoord.billing.PostalAddress(text(r), optional(r, Generated::text), text(r), oneOf(r, "MA", "NY", "TX"),
                oneOf(r, "02118", "100011234"));
        return new org.medcoord.billing.InsuredPerson(family, given, birth, sex, address);
    }

    static org.medcoord.billing.Coverage coverage(Random r) {
        UUID id = uuid(r);
        UUID p = uuid(r);
        UUID payer = uuid(r);
        String member = token(r);
        Optional<String> group = optional(r, Generated::token);
        String plan = text(r);
        var rel = of(r, org.medcoord.billing.SubscriberRelationship.class);
        var subscriber = insured(r);
        var dependent = optional(r, Generated::insured);
        var order = of(r, org.medcoord.billing.CoverageOrder.class);
        LocalDate from = date(r);
        Optional<Integer> days = optional(r, x -> between(x, 1, 2000));
        return new org.medcoord.billing.Coverage(new org.medcoord.billing.CoverageId(id), new PatientId(p), new org.medcoord.billing.PayerId(payer),
                member, group, plan, rel, subscriber, dependent, order, from, days.map(from::plusDays));
    }

    static org.medcoord.core.Money money(Random r) {
        return new org.medcoord.core.Money(BigDecimal.valueOf(between(r, 0, 1_000_000), 2), java.util.Currency.getInstance(oneOf(r, "USD", "CAD")));
    }

    static org.medcoord.billing.Claim claim(Random r) {
        UUID id = uuid(r);
        String control = token(r);
        UUID p = uuid(r);
        UUID cov = uuid(r);
        UUID payer = uuid(r);
        var order = of(r, org.medcoord.billing.CoverageOrder.class);
        Optional<UUID> primary = optional(r, Generated::uuid);
        List<String> dx = list(r, 1, 3, x -> oneOf(x, "E11.9", "I10", "Z00.00"));
        int lineCount = between(r, 1, 3);
        List<org.medcoord.billing.ClaimLine> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            UUID charge = uuid(r);
            String lcn = token(r);
            String proc = oneOf(r, "99213", "99214", "J3490", "G0008", "0001U");
            List<String> mods = list(r, 0, 2, x -> oneOf(x, "25", "59", "LT"));
            int units = between(r, 1, 9);
            LocalDate day = date(r);
            String pos = oneOf(r, "11", "22", "02");
            String npi = oneOf(r, "1234567893", "1245319599");
            lines.add(new org.medcoord.billing.ClaimLine(i + 1, new org.medcoord.billing.ChargeId(charge), lcn, proc, mods, units,
                    new org.medcoord.core.Money(BigDecimal.valueOf(units * 12_550L, 2), java.util.Currency.getInstance("USD")), List.of(1), day, pos, npi));
        }
        var status = of(r, org.medcoord.billing.ClaimStatus.class);
        List<org.medcoord.billing.StatusChange> history = list(r, 0, 2, x -> new org.medcoord.billing.StatusChange(
                of(x, org.medcoord.billing.ClaimStatus.class), of(x, org.medcoord.billing.ClaimStatus.class), instant(x),
                list(x, 0, 2, Generated::token)));
        return new org.medcoord.billing.Claim(new org.medcoord.billing.ClaimId(id), control, new PatientId(p), new org.medcoord.billing.CoverageId(cov),
                new org.medcoord.billing.PayerId(payer), order, primary.map(org.medcoord.billing.ClaimId::new), "1234567893", dx, lines, status, history,
                instant(r));
    }

    static org.medcoord.billing.PostedClaimPayment payment(Random r, org.medcoord.billing.Claim claim) {
        return new org.medcoord.billing.PostedClaimPayment(claim.id(), claim.controlNumber(), of(r, org.medcoord.billing.ClaimStatus.class), money(r),
                money(r), money(r), list(r, 0, 2, x -> oneOf(x, "CO-45", "PR-2", "OA-23")), r.nextBoolean());
    }

    static Adjudication adjudication(Random r) {
        var claim = claim(r);
        return new Adjudication(claim, payment(r, claim), instant(r));
    }
}
