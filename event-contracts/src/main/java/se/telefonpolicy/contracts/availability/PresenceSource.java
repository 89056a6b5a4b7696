package se.telefonpolicy.contracts.availability;

/** Where a status change was made. */
public enum PresenceSource {
    /** In the PBX or its apps, reported through the pbx-connector. */
    PBX,
    /** By the employee in this product. */
    SELF_SERVICE,
    /** By the switchboard on the employee's behalf. */
    SWITCHBOARD
}
