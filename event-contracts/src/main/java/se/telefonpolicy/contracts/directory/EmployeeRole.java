package se.telefonpolicy.contracts.directory;

/** A person's role towards callers; the switchboard searches by it. Access rights are JWT roles, not this. */
public enum EmployeeRole {
    CASE_OFFICER,
    MANAGER,
    SWITCHBOARD_OPERATOR,
    ELECTED_OFFICIAL,
    OTHER
}
