/**
 * An example {@code NotificationChannel}: SMS-shaped messages written to an outbox file or the console,
 * registered in {@code META-INF/services/org.medcoord.scheduling.spi.NotificationChannel}.
 *
 * @since 0.1.0
 */
package org.medcoord.example.sms;
