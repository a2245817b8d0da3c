package org.medcoord.billing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimEdit;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.Coverage;
import org.medcoord.billing.Payer;
import org.medcoord.billing.ScrubReport;
import org.medcoord.billing.Scrubber;
import org.medcoord.billing.spi.ClaimRule;
import org.medcoord.core.Extensions;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/**
 * The built-in edits (see {@link Scrubber}) followed by every {@link ClaimRule} found by discovery or
 * registered on the builder. Dates (timely filing) are taken in UTC.
 */
final class DefaultScrubber implements Scrubber {

    static final String BUILTIN = "builtin";

    private final DataStore data;
    private final Clock clock;
    private final Extensions extensions;

    DefaultScrubber(DataStore data, Clock clock, Extensions extensions) {
        this.data = data;
        this.clock = clock;
        this.extensions = extensions;
    }

    @Override
    public ScrubReport check(AccessContext context, Claim claim) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.READ, Optional.of(claim.patient()), "claim.scrub", "bill-claim/" + claim.id());
            return check(session, claim);
        });
    }

    ScrubReport check(DataSession session, Claim claim) {
        Optional<Coverage> coverage = session.find(Documents.COVERAGE, claim.coverage().asString()).map(Versioned::value);
        Optional<Payer> payer = session.find(Documents.PAYER, claim.payer().asString()).map(Versioned::value);
        List<ClaimEdit> edits = new ArrayList<>(builtin(claim, coverage, payer, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        if (CodeFormats.NPI.isValid(claim.billingNpi()) && session.find(Documents.BILLING_PROVIDER, claim.billingNpi().strip()).isEmpty()) {
            edits.add(error(Codes.EDIT_MISSING, "billingNpi", "the billing provider is not in the provider directory;"
                    + " register its name, tax id and address with ProviderDirectory.registerBillingProvider"));
        }
        for (int i = 0; i < claim.lines().size(); i++) {
            String npi = claim.lines().get(i).renderingNpi();
            if (CodeFormats.NPI.isValid(npi) && session.find(Documents.RENDERING_PROVIDER, npi.strip()).isEmpty()) {
                edits.add(error(Codes.EDIT_MISSING, "lines[" + i + "].renderingNpi", "the rendering provider is not in the provider"
                        + " directory; register the clinician's name with ProviderDirectory.registerRenderingProvider"));
            }
        }
        if (payer.isPresent()) {
            for (ClaimRule rule : extensions.all(ClaimRule.class)) {
                try {
                    if (rule.appliesTo(payer.get())) {
                        edits.addAll(rule.check(claim, payer.get()));
                    }
                } catch (RuntimeException e) {
                    edits.add(ClaimEdit.error(Codes.EDIT_RULE_FAILED, "claim", "claim rule '" + rule.id() + "' failed with "
                            + e.getClass().getName() + "; fix the rule or remove it", rule.id()));
                }
            }
        }
        edits.sort(Comparator.comparing(ClaimEdit::severity));
        return new ScrubReport(claim.id(), edits);
    }

    static List<ClaimEdit> builtin(Claim claim, Optional<Coverage> coverage, Optional<Payer> payer, LocalDate today) {
        List<ClaimEdit> edits = new ArrayList<>();
        if (claim.controlNumber().isBlank()) {
            edits.add(error(Codes.EDIT_MISSING, "controlNumber", "the claim needs a claim control number"));
        }
        npi(edits, "billingNpi", claim.billingNpi());
        if (claim.diagnoses().isEmpty()) {
            edits.add(error(Codes.EDIT_MISSING, "diagnoses", "the claim needs at least one diagnosis"));
        }
        if (claim.diagnoses().size() > Claim.MAX_DIAGNOSES) {
            edits.add(error(Codes.EDIT_TOO_MANY, "diagnoses", "an 837P claim carries at most " + Claim.MAX_DIAGNOSES + " diagnoses; split the claim"));
        }
        for (int i = 0; i < claim.diagnoses().size(); i++) {
            if (!CodeFormats.ICD_10_CM.isValid(claim.diagnoses().get(i))) {
                edits.add(error(Codes.EDIT_ICD, "diagnoses[" + i + "]", "not a well-formed ICD-10-CM code (such as E11.9)"));
            }
        }
        if (claim.lines().isEmpty()) {
            edits.add(error(Codes.EDIT_MISSING, "lines", "the claim needs at least one service line"));
        }
        if (claim.lines().size() > Claim.MAX_LINES) {
            edits.add(error(Codes.EDIT_TOO_MANY, "lines", "an 837P claim carries at most " + Claim.MAX_LINES + " lines; split the claim"));
        }
        if (coverage.isEmpty()) {
            edits.add(error(Codes.EDIT_MISSING, "coverage", "the claim's coverage " + claim.coverage() + " is not on file"));
        }
        if (payer.isEmpty()) {
            edits.add(error(Codes.EDIT_MISSING, "payer", "the claim's payer " + claim.payer() + " is not registered"));
        }
        if (claim.lines().stream().map(l -> l.renderingNpi() + "|" + l.placeOfService()).distinct().count() > 1) {
            edits.add(error(Codes.EDIT_MIXED_LINES, "lines", "an 837P claim has one rendering provider and one place of service;"
                    + " split the lines into claims of their own"));
        }
        Set<String> lineKeys = new HashSet<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            ClaimLine line = claim.lines().get(i);
            String at = "lines[" + i + "]";
            if (line.procedure().isBlank()) {
                edits.add(error(Codes.EDIT_MISSING, at + ".procedure", "the line needs a procedure code"));
            } else if (!CodeFormats.CPT.isValid(line.procedure()) && !CodeFormats.HCPCS.isValid(line.procedure())) {
                edits.add(error(Codes.EDIT_PROCEDURE, at + ".procedure", "not a well-formed CPT or HCPCS Level II code"));
            }
            if (line.modifiers().size() > 4) {
                edits.add(error(Codes.EDIT_MODIFIER, at + ".modifiers", "a line carries at most four modifiers"));
            }
            for (int m = 0; m < line.modifiers().size(); m++) {
                if (!CodeFormats.MODIFIER.isValid(line.modifiers().get(m))) {
                    edits.add(error(Codes.EDIT_MODIFIER, at + ".modifiers[" + m + "]", "a modifier is two letters or digits"));
                }
            }
            List<Integer> pointers = line.diagnosisPointers();
            if (pointers.isEmpty() || pointers.size() > 4 || pointers.stream().distinct().count() != pointers.size()
                    || pointers.stream().anyMatch(p -> p == null || p < 1 || p > claim.diagnoses().size())) {
                edits.add(error(Codes.EDIT_POINTER, at + ".diagnosisPointers", "point at 1 to 4 distinct diagnoses of the claim, from 1 to "
                        + claim.diagnoses().size()));
            }
            if (line.units() < 1) {
                edits.add(error(Codes.EDIT_UNITS, at + ".units", "units are above zero"));
            }
            if (!line.amount().isPositive()) {
                edits.add(error(Codes.EDIT_CHARGE, at + ".amount", "the line charge is above zero"));
            }
            if (line.placeOfService().isBlank()) {
                edits.add(error(Codes.EDIT_MISSING, at + ".placeOfService", "the line needs a place of service"));
            } else if (!CodeFormats.PLACE_OF_SERVICE.isValid(line.placeOfService())) {
                edits.add(error(Codes.EDIT_PLACE_OF_SERVICE, at + ".placeOfService", "not a place of service code CMS assigned"));
            }
            npi(edits, at + ".renderingNpi", line.renderingNpi());
            if (coverage.isPresent() && !coverage.get().activeOn(line.serviceDate())) {
                edits.add(error(Codes.EDIT_COVERAGE_INACTIVE, at + ".serviceDate", "the coverage is not active on this date of service;"
                        + " bill the coverage active that day, or the patient"));
            }
            if (payer.isPresent() && today.isAfter(line.serviceDate().plusDays(payer.get().timelyFilingDays()))) {
                edits.add(error(Codes.EDIT_TIMELY_FILING, at + ".serviceDate", "past the payer's timely-filing limit of "
                        + payer.get().timelyFilingDays() + " days after the date of service"));
            }
            String key = line.procedure() + "|" + line.modifiers() + "|" + line.serviceDate();
            if (!lineKeys.add(key)) {
                edits.add(ClaimEdit.warning(Codes.EDIT_DUPLICATE_LINE, at, "the same procedure, modifiers and date of service as an earlier"
                        + " line; merge them as units, or add modifier 76, 77 or 91 for a repeated service", BUILTIN));
            }
        }
        return edits;
    }

    private static void npi(List<ClaimEdit> edits, String field, String npi) {
        if (npi == null || npi.isBlank()) {
            edits.add(error(Codes.EDIT_MISSING, field, "an NPI is required"));
        } else if (!CodeFormats.NPI.isValid(npi)) {
            edits.add(error(Codes.EDIT_NPI, field, "not a valid NPI (ten digits with a Luhn check digit)"));
        }
    }

    private static ClaimEdit error(String code, String field, String message) {
        return ClaimEdit.error(code, field, message, BUILTIN);
    }
}
