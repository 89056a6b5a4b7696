/**
 * Presence and service-desk coverage, published by availability-service: StatusChanged on
 * {@code availability.status.v1} keyed by employee, CoverageGapStarted/Ended on
 * {@code availability.coverage.v1} keyed by unit. The presence value types are shared with the PBX's
 * own report, {@link se.telefonpolicy.contracts.pbx.PbxStatusChanged}.
 */
package se.telefonpolicy.contracts.availability;
