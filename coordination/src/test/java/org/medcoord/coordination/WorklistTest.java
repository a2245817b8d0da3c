package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;

class WorklistTest extends CoordinationTestBase {

    @Override
    Map<String, String> extraSettings() {
        return Map.of(Worklist.EXTRA_ROLES_SETTING, "scheduler, care-navigator");
    }

    private NewTask task(String title, TaskPriority priority, Duration dueIn, String role) {
        return NewTask.forRole(TaskType.GENERAL, title, priority, clock.instant().plus(dueIn), role);
    }

    @Test
    void aTaskForAnUnknownRoleIsRejectedWithEveryProblemAndNothingIsStored() {
        NewTask bad = new NewTask(null, " ", "", null, null, Optional.of("janitor"), Optional.of(" "), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> worklist.create(coordinator, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.code())
                        .containsExactlyInAnyOrder("type MC-COORD-002", "title MC-COORD-003", "priority MC-COORD-004", "due MC-COORD-005",
                                "role MC-COORD-001", "assignee MC-COORD-006"));
        assertThat(worklist.mine(coordinator)).isEmpty();
        assertThat(worklist.mine(as("x", "janitor", PurposeOfUse.OPERATIONS))).isEmpty();
    }

    @Test
    void aRoleListedInTheExtraRolesSettingIsKnown() {
        Task t = worklist.create(coordinator, task("Call back about parking", TaskPriority.LOW, Duration.ofHours(4), "care-navigator"));

        assertThat(t.role()).contains("care-navigator");
        assertThat(worklist.get(coordinator, t.id()).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void myWorklistHoldsMyTasksAndMyRolesUnassignedTasksMostUrgentFirstThenEarliestDue() {
        Task normalLate = worklist.create(coordinator, task("normal, later", TaskPriority.NORMAL, Duration.ofHours(8), Roles.COORDINATOR));
        Task normalSoon = worklist.create(coordinator, task("normal, sooner", TaskPriority.NORMAL, Duration.ofHours(1), Roles.COORDINATOR));
        Task urgent = worklist.create(coordinator, task("urgent", TaskPriority.URGENT, Duration.ofHours(12), Roles.COORDINATOR));
        Task mineDirectly = worklist.create(desk, task("high, mine", TaskPriority.HIGH, Duration.ofHours(2), Roles.FRONT_DESK)
                .assignedTo("coord-1"));
        Task someoneElses = worklist.create(coordinator, task("taken", TaskPriority.URGENT, Duration.ofHours(1), Roles.COORDINATOR)
                .assignedTo("coord-2"));
        worklist.create(coordinator, task("front desk's", TaskPriority.URGENT, Duration.ofHours(1), Roles.FRONT_DESK));

        assertThat(worklist.mine(coordinator)).extracting(Task::id)
                .containsExactly(urgent.id(), mineDirectly.id(), normalSoon.id(), normalLate.id());
        assertThat(worklist.mine(as("coord-2", Roles.COORDINATOR, PurposeOfUse.OPERATIONS))).extracting(Task::id)
                .containsExactly(someoneElses.id(), urgent.id(), normalSoon.id(), normalLate.id());
    }

    @Test
    void aTaskMovesFromOpenToInProgressToDoneAndKeepsItsHistory() {
        PatientId ana = patient("Ana");
        Task t = worklist.create(coordinator, task("Collect referral letter", TaskPriority.NORMAL, Duration.ofDays(1), Roles.COORDINATOR)
                .about(ana));

        Task started = worklist.start(coordinator, t.id());
        Task done = worklist.complete(coordinator, t.id(), "letter scanned");

        assertThat(started.assignee()).contains("coord-1");
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.version()).isEqualTo(3);
        assertThat(done.history()).extracting(TaskChange::status).containsExactly(TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE);
        assertThat(done.history().get(2).what()).isEqualTo("done: letter scanned");
        assertThat(worklist.mine(coordinator)).isEmpty();
        assertThatThrownBy(() -> worklist.cancel(coordinator, t.id(), "duplicate"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(CoordinationCodes.ILLEGAL_TRANSITION));
    }

    @Test
    void overdueTasksAreEscalatedOnceWithARaisedPriority() {
        Task t = worklist.create(coordinator, task("Confirm transport", TaskPriority.NORMAL, Duration.ofHours(1), Roles.COORDINATOR));
        assertThat(worklist.escalateOverdue(coordinator)).isEmpty();

        clock.advance(Duration.ofHours(2));
        assertThat(worklist.escalateOverdue(coordinator)).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(t.id());
            assertThat(e.priority()).isEqualTo(TaskPriority.HIGH);
            assertThat(e.escalated()).isTrue();
            assertThat(e.history()).last().extracting(TaskChange::what).asString().startsWith("escalated");
        });
        assertThat(worklist.escalateOverdue(coordinator)).isEmpty();
    }

    @Test
    void aPatientTaskIsReadOnlyByRolesAllowedItsCategory() {
        Task t = worklist.create(coordinator, task("Book interpreter", TaskPriority.NORMAL, Duration.ofDays(1), Roles.COORDINATOR)
                .about(patient("Ben")));

        assertThatThrownBy(() -> worklist.get(supply, t.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(worklist.get(desk, t.id()).id()).isEqualTo(t.id());
    }
}
