package org.medcoord.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.medcoord.core.ConflictException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CycleCountServiceTest extends InventoryTestBase {

    private CycleCountService counts;

    @BeforeAll
    void counts() {
        counts = medcoord.service(CycleCountService.class);
    }

    @Test
    void smallVariancesArePostedAsAdjustmentsOnSubmit() {
        Item lido = lidocaine();
        Location cart = cart("Exam 8");
        LotId a = receiveLot(lido, cart, 10, "A", today().plusDays(30)).entries().get(0).lot();
        LotId b = receiveLot(lido, cart, 5, "B", today().plusDays(60)).entries().get(0).lot();
        CountSheet sheet = counts.open(supply, cart.id(), 2);
        assertThat(sheet.lines()).extracting(CountLine::lot, CountLine::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 10L), org.assertj.core.groups.Tuple.tuple(b, 5L));

        counts.record(supply, sheet.id(), List.of(new CycleCountService.Count(lido.id(), a, 9), new CycleCountService.Count(lido.id(), b, 5)));
        CountSheet posted = counts.submit(supply, sheet.id(), "monthly count");

        assertThat(posted.status()).isEqualTo(CountSheetStatus.POSTED);
        assertThat(stock.onHand(supply, lido.id(), cart.id())).isEqualTo(14).isEqualTo(ledgerSum(lido.id(), cart.id()));
        assertThat(stock.ledger(supply, lido.id(), 1, 100)).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(MovementType.ADJUST);
            assertThat(e.delta()).isEqualTo(-1);
            assertThat(e.reason()).contains(sheet.id().asString(), "monthly count");
        });
    }

    @Test
    void aVarianceAboveTheThresholdWaitsForAnotherUsersApproval() {
        Item lido = lidocaine();
        Location cart = cart("Exam 9");
        LotId a = receiveLot(lido, cart, 10, "A", today().plusDays(30)).entries().get(0).lot();
        CountSheet sheet = counts.open(supply, cart.id(), 2);
        counts.record(supply, sheet.id(), List.of(new CycleCountService.Count(lido.id(), a, 4)));

        CountSheet waiting = counts.submit(supply, sheet.id(), "six vials missing");
        assertThat(waiting.status()).isEqualTo(CountSheetStatus.AWAITING_APPROVAL);
        assertThat(stock.onHand(supply, lido.id(), cart.id())).isEqualTo(10);
        assertThatThrownBy(() -> counts.approve(supply, sheet.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-110"));

        AccessContext coordinator = as("coordinator-1", Roles.COORDINATOR, PurposeOfUse.OPERATIONS);
        CountSheet posted = counts.approve(coordinator, sheet.id());

        assertThat(posted.approvedBy()).contains("coordinator-1");
        assertThat(stock.onHand(supply, lido.id(), cart.id())).isEqualTo(4).isEqualTo(ledgerSum(lido.id(), cart.id()));
    }

    @Test
    void everyUncountedLineIsReportedAndAFoundLotIsAdded() {
        Item lido = lidocaine();
        Location cart = cart("Exam 10");
        Location room = storeroom();
        receiveLot(lido, cart, 3, "A", today().plusDays(30));
        receiveLot(lido, cart, 3, "B", today().plusDays(40));
        LotId elsewhere = receiveLot(lido, room, 1, "C", today().plusDays(50)).entries().get(0).lot();
        CountSheet sheet = counts.open(supply, cart.id(), 10);

        assertThatThrownBy(() -> counts.submit(supply, sheet.id(), "count"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-INV-036", "MC-INV-036"));

        CountSheet recorded = counts.record(supply, sheet.id(), List.of(new CycleCountService.Count(lido.id(), elsewhere, 2)));
        assertThat(recorded.lines()).hasSize(3).last().satisfies(l -> {
            assertThat(l.expected()).isZero();
            assertThat(l.variance()).isEqualTo(2);
        });
    }
}
