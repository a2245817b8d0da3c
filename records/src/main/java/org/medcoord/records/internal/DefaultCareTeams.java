package org.medcoord.records.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.ConflictException;
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
import org.medcoord.records.AddCareTeamMember;
import org.medcoord.records.CareTeamChanged;
import org.medcoord.records.CareTeamMember;
import org.medcoord.records.CareTeamMemberId;
import org.medcoord.records.CareTeamRole;
import org.medcoord.records.CareTeams;

/** Care teams on core's data layer: one document per membership, indexed by patient only (teams are small). */
final class DefaultCareTeams implements CareTeams {

    static final DocumentType<StoredCareMember> MEMBER = DocumentType.builder("records.care-member", StoredCareMember.class)
            .field("patient", FieldKind.TEXT, m -> List.of(m.patient().asString()))
            .build();

    private final DataStore data;
    private final Clock clock;
    private final CareRelationship care;

    @Inject
    DefaultCareTeams(DataStore data, Clock clock, CareRelationship care) {
        this.data = data;
        this.clock = clock;
        this.care = care;
    }

    @Override
    public CareTeamMember add(AccessContext context, PatientId patient, AddCareTeamMember request) {
        Violations v = new Violations();
        v.addIf(request == null, "request", "MC-REC-100", "describe the member to add");
        if (request != null) {
            v.addIf(request.member() == null || request.member().isBlank() || request.member().length() > 128, "member", "MC-REC-100",
                    "name the member by user id (1 to 128 characters)");
            v.addIf(request.role() == null, "role", "MC-REC-100", "a role is required: practitioner, family contact or caregiver");
            v.addIf(request.role() == CareTeamRole.PRACTITIONER && !request.sharing().isEmpty(), "sharing", "MC-REC-100",
                    "a practitioner's access follows their role; give sharing only to family contacts and caregivers");
            v.addIf(request.role() != null && request.role() != CareTeamRole.PRACTITIONER && request.sharing().isEmpty(), "sharing",
                    "MC-REC-100", "name at least one data category the patient shares with this contact");
            v.addIf(request.from().isPresent() && request.until().isPresent() && !request.until().get().isAfter(request.from().get()),
                    "until", "MC-REC-100", "a membership ends after it starts");
        }
        v.throwIfAny();
        CareTeamMemberId id = CareTeamMemberId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.CONSENT, Optional.of(patient), "records.care-team.add", subject(id));
            Charts.openForWriting(s, patient);
            Instant from = request.from().orElse(s.now());
            Instant until = request.until().orElse(null);
            v.addIf(until != null && !until.isAfter(from), "until", "MC-REC-100", "a membership ends after it starts");
            v.throwIfAny();
            String member = request.member().strip();
            boolean overlapping = stored(s, patient).stream().map(Versioned::value)
                    .anyMatch(m -> m.member().equals(member) && m.role() == request.role()
                            && (m.until() == null || m.until().isAfter(from)) && (until == null || until.isAfter(m.from())));
            if (overlapping) {
                throw new ConflictException("MC-REC-101", "this member already holds that role in the patient's care team for an"
                        + " overlapping period; change or remove that membership instead");
            }
            Versioned<StoredCareMember> saved = s.insert(MEMBER, id.asString(), new StoredCareMember(patient, member, request.role(),
                    request.sharing(), from, until, context.principal().userId()));
            s.publish(new CareTeamChanged(patient, id, "added"));
            return view(saved);
        });
    }

    @Override
    public CareTeamMember changeSharing(AccessContext context, CareTeamMemberId member, long expectedVersion, Set<DataCategory> sharing) {
        return data.inTransaction(context, s -> {
            Versioned<StoredCareMember> found = load(s, member);
            PatientId patient = found.value().patient();
            s.authorize(Action.UPDATE, DataCategory.CONSENT, Optional.of(patient), "records.care-team.change-sharing", subject(member));
            Violations v = new Violations();
            v.addIf(found.value().role() == CareTeamRole.PRACTITIONER, "sharing", "MC-REC-100",
                    "a practitioner's access follows their role; give sharing only to family contacts and caregivers");
            v.addIf(sharing == null || sharing.isEmpty(), "sharing", "MC-REC-100",
                    "name at least one data category, or remove the member to share nothing");
            v.throwIfAny();
            Charts.openForWriting(s, patient);
            Versioned<StoredCareMember> saved = s.update(MEMBER, member.asString(), expectedVersion,
                    found.value().withSharing(sharing, context.principal().userId()));
            s.publish(new CareTeamChanged(patient, member, "sharing-changed"));
            return view(saved);
        });
    }

    @Override
    public CareTeamMember remove(AccessContext context, CareTeamMemberId member, long expectedVersion) {
        return data.inTransaction(context, s -> {
            Versioned<StoredCareMember> found = load(s, member);
            PatientId patient = found.value().patient();
            s.authorize(Action.UPDATE, DataCategory.CONSENT, Optional.of(patient), "records.care-team.remove", subject(member));
            Charts.openForWriting(s, patient);
            if (found.value().ended(s.now())) {
                throw new ConflictException("MC-REC-103", "care team membership " + member + " has already ended");
            }
            Versioned<StoredCareMember> saved = s.update(MEMBER, member.asString(), expectedVersion,
                    found.value().endedAt(s.now(), context.principal().userId()));
            s.publish(new CareTeamChanged(patient, member, "removed"));
            return view(saved);
        });
    }

    @Override
    public List<CareTeamMember> members(AccessContext context, PatientId patient) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.CONSENT, Optional.of(patient), "records.care-team.list",
                    DefaultPatientRegistry.subject(patient));
            care.requireReadable(s, patient);
            return stored(s, patient).stream().map(DefaultCareTeams::view).toList();
        });
    }

    @Override
    public boolean mayShare(AccessContext context, PatientId patient, String member, DataCategory category) {
        return data.inTransaction(context, s -> {
            s.authorize(Action.READ, DataCategory.CONSENT, Optional.of(patient), "records.care-team.check",
                    DefaultPatientRegistry.subject(patient));
            care.requireReadable(s, patient);
            return stored(s, patient).stream().map(Versioned::value)
                    .anyMatch(m -> m.role() != CareTeamRole.PRACTITIONER && m.member().equals(member) && m.activeAt(s.now())
                            && m.sharing().contains(category));
        });
    }

    /** @return true when {@code userId} is a practitioner of the patient's care team in force now */
    static boolean isPractitioner(DataSession s, PatientId patient, String userId) {
        return stored(s, patient).stream().map(Versioned::value)
                .anyMatch(m -> m.role() == CareTeamRole.PRACTITIONER && m.member().equals(userId) && m.activeAt(s.now()));
    }

    private static List<Versioned<StoredCareMember>> stored(DataSession s, PatientId patient) {
        return ClinicalDocuments.all(s, MEMBER, Criteria.all().eq("patient", patient.asString()));
    }

    /** Loads before authorizing: the patient, and so the access decision, is known only from the membership. */
    private static Versioned<StoredCareMember> load(DataSession s, CareTeamMemberId member) {
        Versioned<StoredCareMember> found = s.find(MEMBER, member.asString())
                .orElseThrow(() -> new NotFoundException("MC-REC-404", "care team membership " + member + " was not found in this clinic"));
        DefaultPatientRegistry.load(s, found.value().patient());
        return found;
    }

    private static String subject(CareTeamMemberId id) {
        return "care-member/" + id;
    }

    private static CareTeamMember view(Versioned<StoredCareMember> v) {
        StoredCareMember m = v.value();
        return new CareTeamMember(CareTeamMemberId.parse(v.id()), v.version(), m.patient(), m.member(), m.role(), m.sharing(), m.from(),
                Optional.ofNullable(m.until()), m.recordedBy());
    }
}
