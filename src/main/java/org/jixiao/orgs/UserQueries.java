package org.jixiao.orgs;

import java.util.List;

import org.jixiao.orgs.domain.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of users and their tokens. */
@Service
@Transactional(readOnly = true)
public class UserQueries {

    private final Users users;
    private final OrgQueries orgs;
    private final java.time.Clock clock;

    UserQueries(Users users, OrgQueries orgs, java.time.Clock clock) {
        this.users = users;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** 用户管理: the users of the organizations inside the administrator's scope. */
    public List<UserView> users(Actor admin, OrgScope scope) {
        Permissions.require(admin, org.jixiao.orgs.domain.Permission.USERS_MANAGE);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        orgs.all(scope).forEach(o -> names.put(o.code(), o.name()));
        java.time.Instant now = clock.instant();
        return users.listIn(scope).stream()
                .map(u -> new UserView(u.id(), u.username(), u.displayName(), u.organizationCode(),
                        u.organizationCode() == null ? "（未绑定单位）" : names.getOrDefault(u.organizationCode(), u.organizationCode()),
                        u.roles().stream().sorted().map(r -> r.label()).toList(), u.scope().label(), u.enabled(),
                        u.lockout().isLocked(now), u.demo()))
                .toList();
    }

    /**
     * The enabled users of one organization (e.g. the 责任人 a unit may name), by username; empty when the
     * organization lies outside the scope. Names and ids only: no roles, no lock-out state.
     */
    public List<Member> membersOf(String organizationCode, OrgScope scope) {
        if (!scope.contains(organizationCode)) {
            return List.of();
        }
        return users.listIn(OrgScope.of(List.of(organizationCode))).stream().filter(Users.UserRow::enabled)
                .map(u -> new Member(u.id(), u.username(), u.displayName(), u.organizationCode())).toList();
    }

    /** A user as another module may name it (责任人, 验证人). */
    public record Member(long id, String username, String displayName, String organizationCode) {
    }

    /** The actor's own tokens, newest first. */
    public List<AccessTokenView> tokens(Actor actor) {
        return users.tokensOf(actor.userId()).stream()
                .map(t -> new AccessTokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.expiresAt(), t.revokedAt()))
                .toList();
    }
}
