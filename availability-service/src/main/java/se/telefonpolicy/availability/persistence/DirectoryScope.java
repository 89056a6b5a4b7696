package se.telefonpolicy.availability.persistence;

import java.util.Collection;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.platform.security.DirectoryUnit;
import se.telefonpolicy.platform.security.ScopeDirectory;

/** The manager scope's view of this service's copy of the directory: the unit tree and each member's unit. */
@ApplicationScoped
public class DirectoryScope implements ScopeDirectory {

    private final UnitTreeRepository tree;
    private final MemberRepository members;

    public DirectoryScope(UnitTreeRepository tree, MemberRepository members) {
        this.tree = tree;
        this.members = members;
    }

    @Override
    public Collection<DirectoryUnit> scopeUnits() {
        return tree.units();
    }

    @Override
    public Optional<String> unitOfEmployee(String employeeId) {
        return members.unitOf(employeeId);
    }
}
