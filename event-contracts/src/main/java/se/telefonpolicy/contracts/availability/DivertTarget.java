package se.telefonpolicy.contracts.availability;

import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * Where calls go during a diversion.
 *
 * @param kind     voicemail, a colleague, a unit or the switchboard
 * @param targetId the colleague's employee id or the unit's id; only for COLLEAGUE and UNIT
 */
public record DivertTarget(DivertTargetKind kind, String targetId) {

    public DivertTarget {
        Require.value(kind, "kind");
        Require.optionalText(targetId, "targetId");
        if (kind.needsTargetId() && targetId == null) {
            throw new InvalidEventException("targetId", "is required when kind is " + kind);
        }
        if (!kind.needsTargetId() && targetId != null) {
            throw new InvalidEventException("targetId", "must be left out when kind is " + kind);
        }
    }
}
