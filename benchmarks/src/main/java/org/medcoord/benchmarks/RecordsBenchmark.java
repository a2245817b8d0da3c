package org.medcoord.benchmarks;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.ResultPage;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.ContactPoint;
import org.medcoord.records.Demographics;
import org.medcoord.records.PageRequest;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PersonName;
import org.medcoord.records.RegisterPatient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The patient registry on the in-memory engine, with encryption, HMAC tokens and read auditing on:
 * register + read + update one patient, and search by name and birth date among {@code patients}
 * registered patients (to show how search time grows with the registry: it should not, the search is an
 * equality lookup on one tokenised index field).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RecordsBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RecordsBenchmark {

    private static final String[] FAMILY = {"Silva", "Nguyen", "Smith", "Garcia", "Okafor", "Kowalski", "Haddad", "Tanaka", "Novak", "Rossi"};
    private static final String[] GIVEN = {"Ana", "Ben", "Chloe", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jia"};

    @Param({"10000", "100000"})
    public int patients;

    private MedCoord medcoord;
    private PatientRegistry registry;
    private AccessContext desk;
    private final AtomicLong sequence = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() {
        SecureRandom random = new SecureRandom();
        byte[] enc = new byte[32];
        byte[] tok = new byte[32];
        random.nextBytes(enc);
        random.nextBytes(tok);
        medcoord = MedCoord.builder().storage(InMemoryStorage.provider())
                .setting("medcoord.keys.encryption", Base64.getEncoder().encodeToString(enc))
                .setting("medcoord.keys.token", Base64.getEncoder().encodeToString(tok))
                .build();
        registry = medcoord.service(PatientRegistry.class);
        desk = AccessContext.of(TenantId.of("bench"), Principal.of("desk-1", Roles.FRONT_DESK), PurposeOfUse.OPERATIONS);
        for (int i = 0; i < patients; i++) {
            registry.register(desk, RegisterPatient.at("NORTH", person(i)));
        }
        sequence.set(patients);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        medcoord.close();
    }

    /** Patient {@code i}: one of 100 names, one of about 10,000 birth dates, so a name + birth date matches a handful. */
    private static Demographics person(long i) {
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(i % 27_000);
        return Demographics.of(PersonName.of(GIVEN[(int) (i % GIVEN.length)], FAMILY[(int) ((i / GIVEN.length) % FAMILY.length)]), birth,
                AdministrativeSex.UNKNOWN).withContacts(List.of(ContactPoint.phone(String.format("555%07d", i % 10_000_000),
                ContactPoint.Use.MOBILE)));
    }

    @Benchmark
    public Patient registerReadUpdate() {
        Patient p = registry.register(desk, RegisterPatient.at("NORTH", person(sequence.getAndIncrement())));
        Patient read = registry.get(desk, p.id());
        return registry.updateDemographics(desk, p.id(), read.version(), read.demographics().withPreferredLanguage("es"));
    }

    @Benchmark
    public ResultPage<Patient> searchByNameAndBirthDate() {
        long i = ThreadLocalRandom.current().nextLong(patients);
        Demographics d = person(i);
        return registry.findByNameAndBirthDate(desk, d.name().family(), d.name().first(), d.birthDate(), PageRequest.first(20));
    }
}
