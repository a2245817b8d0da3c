/**
 * The clinic-day demo: {@link org.medcoord.example.demo.ClinicDay} plays one day of a small clinic through
 * MedCoord's public API on the embedded H2 database (or PostgreSQL) and prints a day report. Each run on
 * the same data plays the next day, finding what exists by stable keys. The day is a list of steps
 * ({@code ClinicDaySteps}), so later modules' steps slot in between.
 *
 * @since 0.1.0
 */
package org.medcoord.example.demo;
