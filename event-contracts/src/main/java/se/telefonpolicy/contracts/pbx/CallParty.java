package se.telefonpolicy.contracts.pbx;

import se.telefonpolicy.contracts.Require;

/** The key rule shared by the call events: the addressed employee, else the addressed unit. */
final class CallParty {

    static final String FIELDS = "employeeId|unitId";

    private CallParty() {
    }

    /** Exactly one of the two: a call is addressed to a person's number or to a unit's number. */
    static void check(String employeeId, String unitId) {
        Require.optionalText(employeeId, "employeeId");
        Require.optionalText(unitId, "unitId");
        Require.exactlyOne(FIELDS, employeeId, unitId);
    }

    static String key(String employeeId, String unitId) {
        return employeeId != null ? employeeId : unitId;
    }
}
