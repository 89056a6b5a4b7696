/**
 * The canonical PBX events, written by the pbx-connector. Call events go to {@code pbx.calls.v1}
 * keyed by the internal party the call was addressed to (an employee's own number, or a unit's or
 * service desk's number), so that one person's or one desk's calls stay in order; presence goes to
 * {@code pbx.presence.v1} keyed by employee. Caller numbers are personal data: they appear here and in
 * callback-service only.
 */
package se.telefonpolicy.contracts.pbx;
