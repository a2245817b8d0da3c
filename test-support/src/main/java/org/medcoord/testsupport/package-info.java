/**
 * Small helpers for tests of MedCoord and of code that embeds it: fresh random keys and a clock moved by
 * hand. No dependencies, so every module's tests may use it (the contract kits in
 * {@code medcoord-testkit} depend on the domain modules, which therefore cannot use the kit's own test
 * scope).
 *
 * @since 0.1.0
 */
package org.medcoord.testsupport;
