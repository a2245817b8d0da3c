package org.medcoord.core.internal.access;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.access.BreakGlassGrant;
import org.medcoord.core.internal.codec.Codec;
import org.medcoord.core.internal.crypto.FieldCipher;
import org.medcoord.core.spi.AccessDecision;
import org.medcoord.core.spi.AccessPolicy;
import org.medcoord.core.spi.AccessRequest;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.StoredDocument;
import org.medcoord.core.spi.storage.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every PHI operation passes here. A break-glass grant in the context must match one MedCoord issued
 * and stored (a caller cannot forge one by constructing the record) and be in force; then the policy
 * decides. A policy that throws or answers nothing denies.
 */
public final class AccessGate {

    private static final Logger LOG = LoggerFactory.getLogger(AccessGate.class);
    public static final String GRANT_TYPE = "break-glass-grant";

    private final AccessPolicy policy;
    private final Codec codec;
    private final FieldCipher cipher;

    public AccessGate(AccessPolicy policy, Codec codec, FieldCipher cipher) {
        this.policy = policy;
        this.codec = codec;
        this.cipher = cipher;
    }

    /** @return the decision for {@code request}, never null */
    public AccessDecision decide(Transaction tx, AccessRequest request, Instant now) {
        Optional<BreakGlassGrant> claimed = request.context().breakGlass();
        if (claimed.isPresent() && !issuedAndInForce(tx, claimed.get(), now)) {
            return AccessDecision.deny("break-glass grant " + claimed.get().grantId() + " was not issued to this principal or has expired");
        }
        try {
            AccessDecision decision = policy.decide(request);
            return decision != null ? decision : AccessDecision.deny("access policy " + policy.id() + " gave no decision");
        } catch (RuntimeException e) {
            LOG.error("access policy {} threw {}; denying", policy.id(), e.getClass().getName());
            return AccessDecision.deny("access policy " + policy.id() + " failed");
        }
    }

    /** Stores a grant issued by MedCoord, so that {@link #decide} can recognise it. */
    public void store(Transaction tx, BreakGlassGrant grant) {
        DocumentKey key = new DocumentKey(GRANT_TYPE, grant.grantId().toString());
        tx.insert(key, cipher.seal(codec.write(grant), aad(tx, key)), java.util.List.of(), java.util.List.of());
    }

    private boolean issuedAndInForce(Transaction tx, BreakGlassGrant claimed, Instant now) {
        DocumentKey key = new DocumentKey(GRANT_TYPE, claimed.grantId().toString());
        Optional<StoredDocument> stored = tx.get(key);
        if (stored.isEmpty()) {
            return false;
        }
        try {
            BreakGlassGrant issued = codec.read(cipher.open(stored.get().body(), aad(tx, key)), BreakGlassGrant.class);
            return issued.equals(claimed) && issued.activeAt(now);
        } catch (MedCoordException e) {
            return false;
        }
    }

    private static byte[] aad(Transaction tx, DocumentKey key) {
        return (tx.tenant().value() + "|" + key.type() + "|" + key.id()).getBytes(StandardCharsets.UTF_8);
    }
}
