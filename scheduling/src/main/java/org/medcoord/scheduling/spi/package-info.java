/**
 * What vendors implement for scheduling: {@link org.medcoord.scheduling.spi.NotificationChannel}, through
 * which reminders and waitlist messages reach patients (SMS, e-mail, the vendor's patient portal).
 *
 * @since 0.1.0
 */
package org.medcoord.scheduling.spi;
