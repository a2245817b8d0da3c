package org.medcoord.billing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeId;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimCorrections;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimLineCorrected;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.ClaimStatusChanged;
import org.medcoord.billing.LedgerEntryType;
import org.medcoord.billing.LineCorrection;
import org.medcoord.core.ConflictException;
import org.medcoord.core.Money;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/**
 * The stored {@link ClaimCorrections}: the claim line, the charge it bills and (for changed units) the patient's
 * ledger change together, under the patient's and the claim's locks (in the order claim building takes them).
 */
final class DefaultClaimCorrections implements ClaimCorrections {

    private static final String REASON_FORM = "[A-Za-z0-9._:-]{1,40}";
    private static final String CORRECTED = "CORRECTED";

    private final DataStore data;

    DefaultClaimCorrections(DataStore data) {
        this.data = data;
    }

    @Override
    public Claim correctLine(AccessContext context, ClaimId id, LineCorrection correction) {
        new Violations().addIf(id == null, "claim", Codes.NOT_FOUND, "name the claim")
                .addIf(correction == null, "correction", Codes.CORRECTION_EMPTY, "give the corrected line").throwIfAny();
        return data.inTransaction(context, session -> {
            Claim found = DefaultClaimService.claim(session, id);
            Access.billing(session, Action.UPDATE, Optional.of(found.patient()), "claim.correct-line", "bill-claim/" + id);
            session.lock(Documents.PATIENT_LOCK, found.patient().asString());
            session.lock(Documents.CLAIM_LOCK, id.asString());
            Versioned<Claim> current = session.find(Documents.CLAIM, id.asString())
                    .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "claim " + id + " was not found"));
            Claim claim = current.value();
            if (claim.status() != ClaimStatus.DRAFT && claim.status() != ClaimStatus.SCRUBBED) {
                throw new ConflictException(Codes.NOT_CORRECTABLE, "claim " + id + " is " + claim.status()
                        + "; only draft and scrubbed claims are corrected (the payer has a submitted one: a rejected claim goes back"
                        + " to draft, an adjudicated one is corrected with the payer)");
            }

            Violations violations = new Violations();
            String reason = correction.reason() == null ? "" : correction.reason().strip();
            violations.addIf(!reason.matches(REASON_FORM), "reason", Codes.CORRECTION_REASON,
                    "give the correction's reason as a code (for example the edit it answers), 1 to 40 of letters, digits and . _ : -");
            Optional<ClaimLine> target = claim.lines().stream().filter(l -> l.number() == correction.line()).findFirst();
            violations.addIf(target.isEmpty(), "line", Codes.LINE_UNKNOWN, "the claim has lines 1 to " + claim.lines().size());
            violations.addIf(correction.modifiers().size() > 4, "modifiers", Codes.MODIFIERS_TOO_MANY, "a line carries at most four modifiers");
            List<String> modifiers = new ArrayList<>();
            for (int i = 0; i < correction.modifiers().size(); i++) {
                String m = correction.modifiers().get(i);
                violations.addAll("", CodeFormats.MODIFIER.check("modifiers[" + i + "]", m));
                modifiers.add(m == null ? "" : m.strip().toUpperCase(Locale.ROOT));
            }
            violations.addIf(correction.units() < 1 || correction.units() > 9999, "units", Codes.UNITS_INVALID, "units are 1 to 9999");
            List<Integer> pointers = correction.diagnosisPointers();
            int diagnoses = claim.diagnoses().size();
            violations.addIf(pointers.isEmpty() || pointers.size() > 4 || pointers.stream().distinct().count() != pointers.size()
                            || pointers.stream().anyMatch(p -> p == null || p < 1 || p > diagnoses), "diagnosisPointers", Codes.POINTERS_INVALID,
                    "point at 1 to 4 distinct diagnoses of the claim by their position, from 1 to " + diagnoses);
            violations.throwIfAny();

            ClaimLine before = target.orElseThrow();
            Money amount = before.units() == correction.units() ? before.amount()
                    : new Money(before.amount().amount().multiply(BigDecimal.valueOf(correction.units()))
                    .divide(BigDecimal.valueOf(before.units()), before.amount().currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
                    before.amount().currency());
            ClaimLine after = before.withModifiers(modifiers).withDiagnosisPointers(pointers).withUnitsAndAmount(correction.units(), amount);
            new Violations().addIf(after.equals(before), "correction", Codes.CORRECTION_EMPTY,
                    "the correction changes nothing on line " + before.number()).throwIfAny();

            correctCharge(session, claim, before.charge(), after);
            if (!amount.equals(before.amount())) {
                Ledgers.append(session, claim.patient(), LedgerEntryType.ADJUSTMENT, amount.minus(before.amount()), Optional.of(before.charge()),
                        Optional.of(claim.id()), "charge corrected", Optional.empty());
            }
            List<ClaimLine> lines = claim.lines().stream().map(l -> l.number() == before.number() ? after : l).toList();
            Claim corrected = claim.withLines(lines);
            if (claim.status() == ClaimStatus.SCRUBBED) {
                corrected = corrected.movedTo(ClaimStatus.DRAFT, session.now(), List.of(CORRECTED, reason));
            }
            Claim stored = session.update(Documents.CLAIM, id.asString(), current.version(), corrected).value();
            if (claim.status() != stored.status()) {
                session.publish(new ClaimStatusChanged(id, claim.patient(), claim.payer(), claim.status(), stored.status(),
                        List.of(CORRECTED, reason)));
            }
            session.publish(new ClaimLineCorrected(id, claim.patient(), claim.payer(), before.number(), before.charge(), reason));
            return stored;
        });
    }

    /** The charge follows its line: modifiers, units and amount, and pointers at the same diagnoses (added to it when new). */
    private static void correctCharge(org.medcoord.core.data.DataSession session, Claim claim, ChargeId chargeId, ClaimLine line) {
        Versioned<Charge> current = session.get(Documents.CHARGE, chargeId.asString());
        Charge charge = current.value();
        List<String> diagnoses = new ArrayList<>(charge.diagnoses());
        List<Integer> pointers = new ArrayList<>();
        for (int p : line.diagnosisPointers()) {
            String code = claim.diagnoses().get(p - 1);
            int at = diagnoses.indexOf(code);
            if (at < 0) {
                diagnoses.add(code);
                at = diagnoses.size() - 1;
            }
            pointers.add(at + 1);
        }
        Charge corrected = new Charge(charge.id(), charge.patient(), charge.procedure(), line.modifiers(), line.units(), line.amount(),
                diagnoses, pointers, charge.renderingNpi(), charge.billingNpi(), charge.serviceDate(), charge.placeOfService(),
                charge.encounterRef(), charge.appointmentRef(), charge.sourceKey(), charge.status(), charge.claim(), charge.captured());
        session.update(Documents.CHARGE, chargeId.asString(), current.version(), corrected);
    }
}
