/**
 * Contract kits and test helpers for MedCoord SPI implementations: extend the abstract contract
 * classes in your own tests to prove a plugin behaves as MedCoord relies on.
 *
 * @since 0.1.0
 */
package org.medcoord.testkit;
