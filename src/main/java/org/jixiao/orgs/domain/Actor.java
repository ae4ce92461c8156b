package org.jixiao.orgs.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts: a signed-in user as the modules see it (the web layer resolves it from the session or token and
 * passes it in). Records name the actor by {@link #userId} and keep {@link #displayName} as it was at the time.
 *
 * @param organizationCode the user's organization (预算单位, 主管部门 or 财政局)
 * @param scope            what the user may see relative to that organization
 */
public record Actor(long userId, String username, String displayName, String organizationCode, Set<Role> roles,
                    DataScope scope) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(organizationCode, "organizationCode");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(scope, "scope");
    }

    /** Whether one of the actor's roles grants {@code permission}. */
    public boolean can(Permission permission) {
        for (Role role : roles) {
            if (role.permissions().contains(permission)) {
                return true;
            }
        }
        return false;
    }
}
