package org.medcoord.testkit.scheduling;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.medcoord.scheduling.spi.Notification;
import org.medcoord.scheduling.spi.NotificationChannel;

/** The notification channel kit run against the smallest honest channel: one that keeps what it delivers. */
class FakeNotificationChannelContractTest extends NotificationChannelContract {

    /** Delivers into a list, or fails every time when its gateway is down. */
    static final class ListChannel implements NotificationChannel {
        private final List<String> outbox = new CopyOnWriteArrayList<>();
        private final boolean gatewayDown;

        ListChannel(boolean gatewayDown) {
            this.gatewayDown = gatewayDown;
        }

        @Override
        public String id() {
            return "sms";
        }

        @Override
        public void send(Notification notification) {
            if (gatewayDown) {
                throw new IllegalStateException("MC-TEST-001: gateway down; notification " + notification.reference() + " not sent");
            }
            outbox.add(notification.reference() + " " + notification.text());
        }

        @Override
        public String toString() {
            return "ListChannel[" + outbox.size() + " delivered]";
        }
    }

    @Override
    protected NotificationChannel newChannel() {
        return new ListChannel(false);
    }

    @Override
    protected List<String> delivered(NotificationChannel channel) {
        return List.copyOf(((ListChannel) channel).outbox);
    }

    @Override
    protected NotificationChannel failingChannel() {
        return new ListChannel(true);
    }
}
