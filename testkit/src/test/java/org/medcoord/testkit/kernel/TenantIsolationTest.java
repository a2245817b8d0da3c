package org.medcoord.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.core.event.EventLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 2: a principal of one tenant cannot read, query or lock another tenant's documents, through any API. */
class TenantIsolationTest {

    record CardFiled(String patientId) implements DomainEvent {
        @Override
        public String type() {
            return "kernel.card-filed";
        }
    }

    private final Kernel kernel = new Kernel();
    private final DataStore data = kernel.service(DataStore.class);
    private final TenantId clinicA = TenantId.of("clinic-a");
    private final TenantId clinicB = TenantId.of("clinic-b");

    @AfterEach
    void close() {
        kernel.close();
    }

    private AccessContext desk(TenantId tenant) {
        return AccessContext.of(tenant, Principal.of("desk-" + tenant, Roles.FRONT_DESK, Roles.SYSTEM), PurposeOfUse.OPERATIONS);
    }

    private AccessContext auditor(TenantId tenant) {
        return AccessContext.of(tenant, Principal.of("auditor", Roles.AUDITOR), PurposeOfUse.LEGAL);
    }

    private Optional<Versioned<PatientCard>> find(TenantId tenant, String id) {
        return data.inTransaction(desk(tenant), s -> s.find(PatientCard.TYPE, id));
    }

    private List<Versioned<PatientCard>> query(TenantId tenant, Criteria criteria) {
        return data.inTransaction(desk(tenant), s -> s.query(PatientCard.TYPE, criteria).items());
    }

    private PatientId fileCard(TenantId tenant, String mrn) {
        PatientId patient = PatientId.next(kernel.clock);
        data.inTransaction(desk(tenant), s -> {
            s.authorize(Action.CREATE, DataCategory.DEMOGRAPHICS, Optional.of(patient), "kernel.patient.create", "kernel-patient/" + patient);
            s.insert(PatientCard.TYPE, patient.asString(),
                    new PatientCard(mrn, "Ada Lovelace", LocalDate.of(1815, 12, 10), "555-0100", "ada@example.org", "12 St James Sq", "active"));
            s.publish(new CardFiled(patient.asString()));
            return null;
        });
        return patient;
    }

    @Test
    void anotherTenantsDocumentCannotBeReadByItsId() {
        PatientId inB = fileCard(clinicB, "MRN-1");

        assertThat(find(clinicA, inB.asString())).isEmpty();
        assertThatThrownBy(() -> data.inTransaction(desk(clinicA), s -> s.get(PatientCard.TYPE, inB.asString())))
                .isInstanceOf(NotFoundException.class);
        assertThat(find(clinicB, inB.asString())).isPresent();
    }

    @Test
    void anotherTenantsDocumentsNeverMatchAQuery() {
        fileCard(clinicB, "MRN-1");

        assertThat(query(clinicA, Criteria.all())).isEmpty();
        assertThat(query(clinicA, Criteria.all().eq("mrn", "MRN-1"))).isEmpty();
        assertThat(query(clinicA, Criteria.all().eq("status", "active"))).isEmpty();
        assertThat(query(clinicB, Criteria.all().eq("mrn", "MRN-1"))).hasSize(1);
    }

    @Test
    void theSameUniqueValueMayExistInTwoTenants() {
        fileCard(clinicA, "MRN-7");
        fileCard(clinicB, "MRN-7");

        assertThat(query(clinicA, Criteria.all().eq("mrn", "MRN-7"))).hasSize(1);
        assertThat(query(clinicB, Criteria.all().eq("mrn", "MRN-7"))).hasSize(1);
    }

    @Test
    void aLockHeldInOneTenantDoesNotBlockTheSameKeyInAnother() throws Exception {
        CountDownLatch aHoldsLock = new CountDownLatch(1);
        CountDownLatch bDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = pool.submit(() -> data.inTransaction(desk(clinicA), s -> {
                s.lock("resource-lock", "room-1");
                aHoldsLock.countDown();
                try {
                    // Hold the lock until B has locked the same key, or give up (and fail) after 10 s.
                    return bDone.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertThat(aHoldsLock.await(10, TimeUnit.SECONDS)).isTrue();
            data.inTransaction(desk(clinicB), s -> {
                s.lock("resource-lock", "room-1");
                return null;
            });
            bDone.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).as("B locked while A still held its lock").isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherTenantsAuditTrailAndEventsAreInvisible() {
        fileCard(clinicB, "MRN-1");
        fileCard(clinicB, "MRN-2");
        fileCard(clinicA, "MRN-3");

        AuditTrail trail = kernel.service(AuditTrail.class);
        var reportA = trail.report(auditor(clinicA), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), AuditField.SEQUENCE, true, 1000);
        assertThat(reportA).extracting(e -> e.event().userId()).containsExactly("desk-clinic-a");
        // the chain holds A's write and the report's own entry (appended as the report's transaction ended)
        assertThat(trail.verify(auditor(clinicA)).entriesChecked()).isEqualTo(2);

        EventLog events = kernel.service(EventLog.class);
        assertThat(events.read(desk(clinicA), 1, 100)).hasSize(1).allSatisfy(e -> assertThat(e.tenant()).isEqualTo(clinicA));
        assertThat(events.read(desk(clinicB), 1, 100)).hasSize(2);
    }

    @Test
    void aTransactionOfOneTenantCannotBeJoinedByAnother() {
        assertThatThrownBy(() -> data.inTransaction(desk(clinicA), s -> data.inTransaction(desk(clinicB), inner -> null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clinic-a").hasMessageContaining("clinic-b");
    }
}
