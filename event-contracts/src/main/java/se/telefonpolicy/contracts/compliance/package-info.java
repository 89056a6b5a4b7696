/**
 * Policy breaches, published by compliance-service on {@code compliance.breaches.v1} keyed by unit and
 * addressed to the unit's manager. Never a caller number: a breach names ids only.
 */
package se.telefonpolicy.contracts.compliance;
