/**
 * Callback tasks ("återuppringning"), published by callback-service on {@code callbacks.tasks.v1}
 * keyed by task id, so a task's events stay in order. No caller numbers: they live in callback-service
 * only (BRIEF.md, personal data), and a subscriber that needs one asks callback-service's API.
 */
package se.telefonpolicy.contracts.callback;
