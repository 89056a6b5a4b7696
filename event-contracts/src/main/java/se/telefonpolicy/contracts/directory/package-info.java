/**
 * The directory, published by directory-service as full snapshots on compacted topics:
 * {@code directory.units.v1} and {@code directory.employees.v1}, keyed by the entity's id. The latest
 * record per key is the entity's state; a deletion is a tombstone (null value) so compaction forgets it.
 *
 * <p>Snapshots carry incomplete entries on purpose: a missing name, unit or phone number is what
 * DIRECTORY_CORRECT reports, so the contract must not refuse to carry it.
 */
package se.telefonpolicy.contracts.directory;
