package org.medcoord.example.payer;

import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.testkit.billing.PayerAdapterContract;

/** Prairie Mutual's adapter passes the payer adapter kit. */
class PrairieMutualPayerContractTest extends PayerAdapterContract {

    @Override
    protected PayerAdapter newAdapter() {
        return new PrairieMutualPayer();
    }

    @Override
    protected String activeMemberId() {
        return "PM000101";
    }
}
