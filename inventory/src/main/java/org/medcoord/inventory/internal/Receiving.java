package org.medcoord.inventory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.Violations;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.Lot;
import org.medcoord.inventory.LotId;
import org.medcoord.inventory.LotStatus;
import org.medcoord.inventory.Quantity;

/** Checking a received line and finding or creating its lot; shared by plain receipts and purchase-order receipts. */
final class Receiving {

    /** A checked line: quantity in base units and the lot number to file it under. */
    record Checked(Item item, long quantity, String lotNumber, Optional<LocalDate> expires) {
        String lotKey() {
            return Documents.lotNumberKey(item.id(), lotNumber);
        }
    }

    private Receiving() {
    }

    /** Records every problem of one received line under {@code prefix}. */
    static Checked check(Item item, Quantity quantity, Optional<String> lotNumber, Optional<LocalDate> expires, LocalDate today,
                         String prefix, Violations violations) {
        long base = StockBook.toBase(item, quantity, prefix + "quantity", violations);
        String number = lotNumber.map(String::strip).orElse("");
        if (item.lotTracked()) {
            violations.addIf(number.isEmpty(), prefix + "lotNumber", Codes.LOT_NUMBER_REQUIRED,
                    "item " + item.id() + " is lot-tracked: give the lot number printed on the packaging");
            violations.addIf(item.expiryRequired() && expires.isEmpty(), prefix + "expires", Codes.EXPIRY_REQUIRED,
                    "item " + item.id() + " requires an expiry date: give the date printed on the packaging");
            violations.addIf(expires.filter(today::isAfter).isPresent(), prefix + "expires", Codes.ALREADY_EXPIRED,
                    "the lot expired before today at the receiving location; refuse the delivery or record it as waste");
        } else {
            violations.addIf(!number.isEmpty() || expires.isPresent(), prefix + "lotNumber", Codes.LOT_NUMBER_NOT_ALLOWED,
                    "item " + item.id() + " is not lot-tracked: leave lot number and expiry out, or make the item lot-tracked");
        }
        return new Checked(item, base, item.lotTracked() ? number : Lot.UNTRACKED, item.lotTracked() ? expires : Optional.empty());
    }

    /**
     * Locks the lot numbers (sorted, so two multi-line receipts cannot deadlock), then finds or creates each
     * lot. A lot number received again must come with the same expiry.
     */
    static List<Lot> lots(DataSession session, Clock clock, List<Checked> lines, String prefix) {
        session.lockAll(Documents.LOT_LOCK, lines.stream().map(Checked::lotKey).toList());
        Violations violations = new Violations();
        List<Lot> lots = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Checked line = lines.get(i);
            List<Versioned<Lot>> found = session.query(Documents.LOT, Criteria.all().eq("number", line.lotKey()).limit(1)).items();
            if (found.isEmpty()) {
                Lot lot = new Lot(LotId.next(clock), line.item().id(), line.lotNumber(), line.expires(), LotStatus.AVAILABLE);
                session.insert(Documents.LOT, lot.id().asString(), lot);
                lots.add(lot);
                continue;
            }
            Lot lot = found.get(0).value();
            violations.addIf(!lot.expires().equals(line.expires()), prefix.isEmpty() ? "expires" : prefix + "[" + i + "].expires",
                    Codes.EXPIRY_MISMATCH, "lot " + lot.id() + " of item " + lot.item() + " was received with expiry "
                            + lot.expires().map(LocalDate::toString).orElse("none") + "; check the packaging, a lot has one expiry date");
            lots.add(lot);
        }
        violations.throwIfAny();
        return lots;
    }
}
