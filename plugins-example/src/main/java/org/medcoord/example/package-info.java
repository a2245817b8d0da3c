/**
 * A vendor's MedCoord plugins, written against public API and SPI only, to copy from:
 * {@link org.medcoord.example.sms.SmsOutboxChannel} (a {@code NotificationChannel}),
 * {@link org.medcoord.example.access.StudentShiftPolicy} (an {@code AccessPolicy} rule decorating the
 * default) and the runnable clinic-day demo in {@link org.medcoord.example.demo}.
 *
 * @since 0.1.0
 */
package org.medcoord.example;
