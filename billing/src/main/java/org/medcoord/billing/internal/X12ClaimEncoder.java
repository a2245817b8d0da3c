package org.medcoord.billing.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.billing.BillingSettings;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.Coverage;
import org.medcoord.billing.InsuredPerson;
import org.medcoord.billing.Payer;
import org.medcoord.billing.PostalAddress;
import org.medcoord.billing.SubscriberRelationship;
import org.medcoord.billing.x12.Claim837PWriter;
import org.medcoord.billing.x12.ClaimPayer;
import org.medcoord.billing.x12.InterchangeEnvelope;
import org.medcoord.billing.x12.ProfessionalClaim;
import org.medcoord.billing.x12.ProfessionalClaimBatch;
import org.medcoord.billing.x12.Receiver;
import org.medcoord.billing.x12.ServiceLine;
import org.medcoord.billing.x12.Submitter;
import org.medcoord.billing.x12.UsageIndicator;
import org.medcoord.billing.x12.X12Address;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.Extensions;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;

/**
 * Maps a claim, its coverage, payer and providers onto the x12 package's 837P records and writes them with
 * {@link Claim837PWriter}: one interchange per claim, with the next interchange control number of the
 * tenant. Envelope values come from {@link BillingSettings}. Stateless apart from its settings; thread-safe.
 */
final class X12ClaimEncoder implements ClaimEncoder {

    private static final long MAX_CONTROL_NUMBER = 999_999_999L;

    private final Extensions extensions;
    private final Claim837PWriter writer = new Claim837PWriter();

    X12ClaimEncoder(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public byte[] encode(DataSession session, Claim claim, Coverage coverage, Payer payer) {
        Envelope envelope = envelope();
        org.medcoord.billing.BillingProvider billing = session.find(Documents.BILLING_PROVIDER, claim.billingNpi()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "billing provider " + claim.billingNpi() + " is not in the directory"));
        String renderingNpi = claim.lines().get(0).renderingNpi();
        org.medcoord.billing.RenderingProvider rendering = session.find(Documents.RENDERING_PROVIDER, renderingNpi).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "rendering provider " + renderingNpi + " is not in the directory"));
        Optional<ClaimPayer> priorPayer = claim.primaryClaim().map(id -> DefaultClaimService.claim(session, id))
                .map(primary -> DefaultPayerRegistry.payer(session, primary.payer())).map(p -> new ClaimPayer(p.name(), p.x12PayerId()));
        boolean self = coverage.relationship() == SubscriberRelationship.SELF;
        InsuredPerson holder = coverage.subscriber();
        org.medcoord.billing.x12.Subscriber subscriber = new org.medcoord.billing.x12.Subscriber(coverage.memberId(), holder.lastName(),
                holder.firstName(), holder.birthDate(), holder.sex().x12Code(), address(holder.address()), coverage.groupNumber().orElse(null),
                claim.order().x12Code(), self ? org.medcoord.billing.x12.Subscriber.SELF : null);
        org.medcoord.billing.x12.Patient patient = self ? null : coverage.dependent().map(d -> new org.medcoord.billing.x12.Patient(d.lastName(),
                d.firstName(), d.birthDate(), d.sex().x12Code(), address(d.address()), coverage.relationship().x12Code())).orElse(null);
        List<ServiceLine> lines = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            lines.add(new ServiceLine(line.lineControlNumber(), line.procedure(), line.modifiers(), line.amount().amount(),
                    BigDecimal.valueOf(line.units()), line.diagnosisPointers(), line.serviceDate()));
        }
        ProfessionalClaim x12Claim = new ProfessionalClaim(
                new org.medcoord.billing.x12.BillingProvider(billing.name(), billing.npi(), billing.taxId(), address(billing.address())),
                subscriber, patient, new ClaimPayer(payer.name(), payer.x12PayerId()), claim.controlNumber(), claim.total().amount(),
                claim.lines().get(0).placeOfService(), "1", claim.diagnoses().stream().map(d -> d.replace(".", "")).toList(),
                new org.medcoord.billing.x12.RenderingProvider(rendering.lastName(), rendering.firstName(), rendering.npi()),
                null, lines, priorPayer.orElse(null));
        long control = nextInterchangeControlNumber(session);
        InterchangeEnvelope isa = new InterchangeEnvelope(envelope.senderQualifier(), envelope.senderId(), envelope.receiverQualifier(),
                envelope.receiverId(), control, control, LocalDateTime.ofInstant(session.now(), ZoneOffset.UTC), envelope.usage());
        ProfessionalClaimBatch batch = new ProfessionalClaimBatch(isa, envelope.submitter(), envelope.receiver(), List.of(x12Claim));
        return writer.write(batch).getBytes(StandardCharsets.US_ASCII);
    }

    private record Envelope(String senderQualifier, String senderId, String receiverQualifier, String receiverId, UsageIndicator usage,
                            Submitter submitter, Receiver receiver) {
    }

    private Envelope envelope() {
        List<String> problems = new ArrayList<>();
        String sender = required(BillingSettings.X12_SENDER_ID, problems);
        String receiverId = required(BillingSettings.X12_RECEIVER_ID, problems);
        String receiverName = required(BillingSettings.X12_RECEIVER_NAME, problems);
        String submitterName = required(BillingSettings.X12_SUBMITTER_NAME, problems);
        String contact = required(BillingSettings.X12_SUBMITTER_CONTACT, problems);
        String phone = required(BillingSettings.X12_SUBMITTER_PHONE, problems);
        String usageCode = setting(BillingSettings.X12_USAGE).orElse("P");
        UsageIndicator usage = UsageIndicator.fromCode(usageCode);
        if (usage != UsageIndicator.PRODUCTION && usage != UsageIndicator.TEST) {
            problems.add("setting " + BillingSettings.X12_USAGE + " is P (production) or T (test)");
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(Codes.MISSING_X12_SETTINGS, problems, null);
        }
        return new Envelope(setting(BillingSettings.X12_SENDER_QUALIFIER).orElse("ZZ"), sender,
                setting(BillingSettings.X12_RECEIVER_QUALIFIER).orElse("ZZ"), receiverId, usage,
                new Submitter(submitterName, setting(BillingSettings.X12_SUBMITTER_ID).orElse(sender), contact, phone),
                new Receiver(receiverName, receiverId));
    }

    private Optional<String> setting(String key) {
        return extensions.setting(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    private String required(String key, List<String> problems) {
        Optional<String> value = setting(key);
        if (value.isEmpty()) {
            problems.add("setting " + key + " is required to write 837P claims; set it on MedCoord.builder().setting(...)");
        }
        return value.orElse("");
    }

    private static X12Address address(PostalAddress address) {
        return new X12Address(address.line1(), address.line2().orElse(null), address.city(), address.state(), address.postalCode());
    }

    /** ISA13/GS06 of the tenant: sequential, wrapping after 999,999,999 (X12 allows reuse after that long). */
    private static long nextInterchangeControlNumber(DataSession session) {
        session.lock(Documents.CLAIM_LOCK, "isa-counter");
        Optional<Versioned<Documents.Counter>> current = session.find(Documents.COUNTER, "isa");
        long next = current.map(c -> c.value().value() % MAX_CONTROL_NUMBER + 1).orElse(1L);
        if (current.isPresent()) {
            session.update(Documents.COUNTER, "isa", current.get().version(), new Documents.Counter(next));
        } else {
            session.insert(Documents.COUNTER, "isa", new Documents.Counter(next));
        }
        return next;
    }
}
