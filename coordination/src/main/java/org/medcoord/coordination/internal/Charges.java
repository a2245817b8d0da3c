package org.medcoord.coordination.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.billing.ChargeService;
import org.medcoord.billing.FeeScheduleService;
import org.medcoord.billing.NewCharge;
import org.medcoord.coordination.BillingCode;
import org.medcoord.coordination.ChargeSetup;
import org.medcoord.coordination.NewTask;
import org.medcoord.coordination.PractitionerNpi;
import org.medcoord.coordination.Procedure;
import org.medcoord.coordination.TaskPriority;
import org.medcoord.coordination.TaskType;
import org.medcoord.core.Money;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Roles;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.data.DataSession;
import org.medcoord.records.EncounterId;
import org.medcoord.records.EntryStatus;
import org.medcoord.records.HistoryEntry;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.HistoryKind;
import org.medcoord.records.MedicalHistory;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.ResourceService;

/**
 * Captures the charges of a fulfilled procedure through billing's public API, one per billing code, each with a source
 * key made of the appointment and the line, so a replayed event never charges twice. A line that cannot be priced or
 * coded becomes a billing work item instead; the rest of the fulfilment still happens.
 */
final class Charges {

    private static final int MAX_DIAGNOSES = 12;
    private static final int MAX_POINTERS = 4;

    private final Clock clock;
    private final ChargeService charges;
    private final FeeScheduleService fees;
    private final MedicalHistory history;
    private final ResourceService resources;

    Charges(Clock clock, ChargeService charges, FeeScheduleService fees, MedicalHistory history, ResourceService resources) {
        this.clock = clock;
        this.charges = charges;
        this.fees = fees;
        this.history = history;
        this.resources = resources;
    }

    void capture(DataSession s, AccessContext context, ChargeSetup setup, Procedure procedure, Appointment appointment,
                 Optional<EncounterId> encounter) {
        if (procedure.codes().isEmpty()) {
            return;
        }
        List<String> diagnoses = history.list(context, appointment.patient(), Set.of(HistoryKind.PROBLEM)).stream()
                .filter(e -> e.status() == EntryStatus.ACTIVE)
                .map(HistoryEntry::item).filter(HistoryItem.Problem.class::isInstance).map(HistoryItem.Problem.class::cast)
                .map(HistoryItem.Problem::condition)
                .filter(c -> CodeSystems.ICD_10_CM.equals(c.system()))
                .map(c -> CodeFormats.normalizeIcd10Cm(c.code()))
                .flatMap(Optional::stream).distinct().limit(MAX_DIAGNOSES).toList();
        String rendering = setup.practitioners().stream().filter(p -> appointment.resources().contains(p.practitioner()))
                .map(PractitionerNpi::npi).findFirst().orElse(setup.defaultRenderingNpi());
        LocalDate serviceDate = LocalDate.ofInstant(appointment.start(), resources.get(context, appointment.resources().get(0)).zone());
        List<Integer> pointers = new ArrayList<>();
        for (int i = 1; i <= Math.min(MAX_POINTERS, diagnoses.size()); i++) {
            pointers.add(i);
        }
        for (int line = 0; line < procedure.codes().size(); line++) {
            BillingCode code = procedure.codes().get(line);
            Optional<Money> price = fees.selfPayPrice(context, code.code().code(), code.modifiers().stream().findFirst());
            List<String> missing = new ArrayList<>();
            if (price.isEmpty()) {
                missing.add("no self-pay price for " + code.code().code());
            }
            if (diagnoses.isEmpty()) {
                missing.add("no active ICD-10-CM problem on the patient's record");
            }
            if (!missing.isEmpty()) {
                workItem(s, appointment, line, code, String.join("; ", missing));
                continue;
            }
            NewCharge.Builder charge = NewCharge.builder(appointment.patient())
                    .procedure(code.code().code(), price.get().times(code.units()))
                    .modifiers(code.modifiers().toArray(String[]::new))
                    .units(code.units())
                    .diagnoses(diagnoses.toArray(String[]::new))
                    .pointers(pointers.toArray(Integer[]::new))
                    .providers(rendering, setup.billingNpi())
                    .serviceDate(serviceDate)
                    .placeOfService(setup.placeOfService())
                    .appointment(appointment.id().asString())
                    .sourceKey("coordination:appointment:" + appointment.id() + ":" + line);
            encounter.ifPresent(e -> charge.encounter(e.asString()));
            charges.capture(context, charge.build());
        }
    }

    private void workItem(DataSession s, Appointment appointment, int line, BillingCode code, String why) {
        NewTask task = new NewTask(TaskType.BILLING_WORK_ITEM, "Charge not captured: complete it by hand",
                "appointment " + appointment.id() + ", code " + code.code().code() + ": " + why, TaskPriority.NORMAL,
                s.now().plus(Duration.ofDays(1)), Optional.of(Roles.BILLING), Optional.empty(), Optional.of(appointment.patient()),
                Optional.of("scheduling.appointment/" + appointment.id()));
        TaskBook.generate(s, clock, task, "charge-missing|" + appointment.id() + "|" + line, List.of());
    }
}
