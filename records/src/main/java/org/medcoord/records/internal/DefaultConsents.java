package org.medcoord.records.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.core.data.Versioned;
import org.medcoord.records.ConsentChanged;
import org.medcoord.records.ConsentDirective;
import org.medcoord.records.ConsentId;
import org.medcoord.records.ConsentStatus;
import org.medcoord.records.Consents;
import org.medcoord.records.Patient;
import org.medcoord.records.SensitiveAccessGrant;
import org.medcoord.records.SensitiveCategory;
import org.medcoord.records.PatientUpdated;

/** Consent on core's data layer: restrictions live on the patient document, permissions in their own documents. */
final class DefaultConsents implements Consents {

    static final DocumentType<StoredConsent> CONSENT = DocumentType.builder("records.consent", StoredConsent.class)
            .field("patient", FieldKind.TEXT, c -> List.of(c.patient().asString()))
            .build();

    static final DocumentType<StoredSensitiveGrant> SENSITIVE = DocumentType.builder("records.sensitive-grant", StoredSensitiveGrant.class)
            .field("patient", FieldKind.TEXT, g -> List.of(g.patient().asString()))
            .build();

    private static final int MAX_USERS = 100;

    private final DataStore data;
    private final CareRelationship care;
    private final Clock clock;

    @Inject
    DefaultConsents(DataStore data, Clock clock, CareRelationship care) {
        this.care = care;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Patient restrictAccess(AccessContext context, PatientId patient, long expectedVersion, Set<String> users) {
        Violations v = new Violations();
        v.addIf(users == null || users.isEmpty() || users.size() > MAX_USERS, "users", "MC-REC-050",
                "a restriction names 1 to " + MAX_USERS + " user ids who may still see the patient");
        if (users != null) {
            v.addIf(users.stream().anyMatch(u -> u == null || u.isBlank() || u.length() > 128), "users", "MC-REC-050",
                    "a user id is 1 to 128 characters");
        }
        v.throwIfAny();
        return change(context, patient, expectedVersion, "restricted", users.stream().sorted().toList());
    }

    @Override
    public Patient liftRestriction(AccessContext context, PatientId patient, long expectedVersion) {
        return change(context, patient, expectedVersion, "unrestricted", null);
    }

    private Patient change(AccessContext context, PatientId patient, long expectedVersion, String change, List<String> users) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.UPDATE, DataCategory.CONSENT, Optional.of(patient), "records.consent." + change,
                    DefaultPatientRegistry.subject(patient));
            s.lock(PatientDocuments.CHART_LOCK, patient.asString());
            Versioned<StoredPatient> current = DefaultPatientRegistry.load(s, patient);
            Versioned<StoredPatient> saved = DefaultPatientRegistry.save(s, patient, expectedVersion,
                    current.value().withRestriction(users, context.principal().userId()));
            s.publish(new ConsentChanged(patient, change));
            s.publish(new PatientUpdated(patient, saved.version()));
            return DefaultPatientRegistry.view(saved);
        });
    }

    @Override
    public ConsentDirective permitDisclosure(AccessContext context, PatientId patient, String recipient, Set<DataCategory> categories,
                                             Instant until) {
        Violations v = new Violations();
        v.addIf(recipient == null || recipient.isBlank() || recipient.length() > 200, "recipient", "MC-REC-050",
                "name the recipient (1 to 200 characters), for example payer:acme");
        v.addIf(categories == null || categories.isEmpty(), "categories", "MC-REC-050", "name at least one data category");
        v.addIf(until == null || !until.isAfter(clock.instant()), "until", "MC-REC-050", "a permission lasts until a future time");
        v.throwIfAny();
        ConsentId id = ConsentId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.CONSENT, Optional.of(patient), "records.consent.permit", subject(id));
            Charts.openForWriting(s, patient);
            StoredConsent consent = new StoredConsent(patient, recipient.strip(), Set.copyOf(categories), s.now(), until,
                    ConsentStatus.ACTIVE, context.principal().userId());
            Versioned<StoredConsent> saved = s.insert(CONSENT, id.asString(), consent);
            s.publish(new ConsentChanged(patient, "permitted"));
            return view(saved);
        });
    }

    @Override
    public ConsentDirective revoke(AccessContext context, ConsentId consent, long expectedVersion) {
        return data.inTransaction(context, s -> {
            Versioned<StoredConsent> found = s.find(CONSENT, consent.asString())
                    .orElseThrow(() -> new NotFoundException("MC-REC-404", "consent " + consent + " was not found in this clinic"));
            PatientId patient = found.value().patient();
            s.authorize(Action.UPDATE, DataCategory.CONSENT, Optional.of(patient), "records.consent.revoke", subject(consent));
            Charts.openForWriting(s, patient);
            Versioned<StoredConsent> saved = s.update(CONSENT, consent.asString(), expectedVersion, found.value().revoked(s.now()));
            s.publish(new ConsentChanged(patient, "revoked"));
            return view(saved);
        });
    }

    @Override
    public boolean mayDisclose(AccessContext context, PatientId patient, String recipient, DataCategory category) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.CONSENT, Optional.of(patient), "records.consent.check", DefaultPatientRegistry.subject(patient));
            care.requireReadable(s, patient);
            return directives(s, patient).stream().anyMatch(c -> c.permits(recipient, category, s.now()));
        });
    }

    @Override
    public List<ConsentDirective> list(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.CONSENT, Optional.of(patient), "records.consent.list", DefaultPatientRegistry.subject(patient));
            care.requireReadable(s, patient);
            return directives(s, patient);
        });
    }

    @Override
    public SensitiveAccessGrant grantSensitiveAccess(AccessContext context, PatientId patient, String userId,
                                                     Set<SensitiveCategory> categories, Instant until) {
        Violations v = new Violations();
        v.addIf(userId == null || userId.isBlank() || userId.length() > 128, "userId", "MC-REC-050", "name the user (1 to 128 characters)");
        v.addIf(categories == null || categories.isEmpty(), "categories", "MC-REC-050", "name at least one sensitive category");
        v.addIf(until == null || !until.isAfter(clock.instant()), "until", "MC-REC-050", "a permission lasts until a future time");
        v.throwIfAny();
        ConsentId id = ConsentId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.CONSENT, Optional.of(patient), "records.consent.grant-sensitive", subject(id));
            Charts.openForWriting(s, patient);
            StoredSensitiveGrant grant = new StoredSensitiveGrant(patient, userId.strip(), Set.copyOf(categories), s.now(), until,
                    ConsentStatus.ACTIVE, context.principal().userId());
            Versioned<StoredSensitiveGrant> saved = s.insert(SENSITIVE, id.asString(), grant);
            s.publish(new ConsentChanged(patient, "sensitive-granted"));
            return sensitiveView(saved);
        });
    }

    @Override
    public SensitiveAccessGrant revokeSensitiveAccess(AccessContext context, ConsentId grant, long expectedVersion) {
        return data.inTransaction(context, s -> {
            Versioned<StoredSensitiveGrant> found = s.find(SENSITIVE, grant.asString())
                    .orElseThrow(() -> new NotFoundException("MC-REC-404", "permission " + grant + " was not found in this clinic"));
            PatientId patient = found.value().patient();
            s.authorize(Action.UPDATE, DataCategory.CONSENT, Optional.of(patient), "records.consent.revoke-sensitive", subject(grant));
            Charts.openForWriting(s, patient);
            Versioned<StoredSensitiveGrant> saved = s.update(SENSITIVE, grant.asString(), expectedVersion, found.value().revoked(s.now()));
            s.publish(new ConsentChanged(patient, "sensitive-revoked"));
            return sensitiveView(saved);
        });
    }

    @Override
    public List<SensitiveAccessGrant> sensitiveAccessGrants(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.CONSENT, Optional.of(patient), "records.consent.list", DefaultPatientRegistry.subject(patient));
            care.requireReadable(s, patient);
            return sensitiveGrants(s, patient);
        });
    }

    static List<SensitiveAccessGrant> sensitiveGrants(DataSession s, PatientId patient) {
        return ClinicalDocuments.all(s, SENSITIVE, Criteria.all().eq("patient", patient.asString())).stream()
                .map(DefaultConsents::sensitiveView).toList();
    }

    private static SensitiveAccessGrant sensitiveView(Versioned<StoredSensitiveGrant> v) {
        StoredSensitiveGrant g = v.value();
        return new SensitiveAccessGrant(ConsentId.parse(v.id()), v.version(), g.patient(), g.userId(), g.categories(), g.from(), g.until(),
                g.status(), g.recordedBy());
    }

    static List<ConsentDirective> directives(DataSession s, PatientId patient) {
        return ClinicalDocuments.all(s, CONSENT, Criteria.all().eq("patient", patient.asString())).stream()
                .map(DefaultConsents::view).toList();
    }

    private static String subject(ConsentId id) {
        return "consent/" + id;
    }

    private static ConsentDirective view(Versioned<StoredConsent> v) {
        StoredConsent c = v.value();
        return new ConsentDirective(ConsentId.parse(v.id()), v.version(), c.patient(), c.recipient(), c.categories(), c.from(), c.until(),
                c.status(), c.recordedBy());
    }
}
