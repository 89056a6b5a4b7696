package se.telefonpolicy.platform.security;

/** The roles a token carries in its {@code groups} claim (BRIEF.md, Conventions). */
public final class Roles {

    /** A case officer: their own tasks, status and directory details. */
    public static final String EMPLOYEE = "employee";
    /** A manager: their unit and its sub-units. */
    public static final String MANAGER = "manager";
    /** The switchboard / contact centre: finds people, sees who is available, sets a colleague's status. */
    public static final String SWITCHBOARD = "switchboard";
    /** The telephony / IT administrator: everything. */
    public static final String ADMIN = "admin";
    /** A PBX or telephony support system posting events. */
    public static final String PBX = "pbx";

    private Roles() {
    }
}
