package se.telefonpolicy.platform.security;

/**
 * A unit as a service keeps it from directory.units.v1, as far as the manager scope needs it: its
 * parent (null at the top) and its manager (null if none is set).
 */
public record DirectoryUnit(String unitId, String parentUnitId, String managerEmployeeId) {
}
