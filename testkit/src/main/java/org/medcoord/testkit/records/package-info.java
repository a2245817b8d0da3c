/**
 * The records contract kit: what a storage engine must guarantee for the records module (MRNs unique
 * under concurrency, no lost updates), proven by racing real threads through the records API.
 *
 * @since 0.1.0
 */
package org.medcoord.testkit.records;
