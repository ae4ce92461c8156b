package org.jixiao.orgs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Lockout;
import org.jixiao.orgs.domain.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Tables {@code org_user}, {@code org_user_role} and {@code org_access_token}. */
@Repository
class Users {

    private static final String SELECT_USER = """
            select id, username, display_name, organization_code, data_scope, password_hash, enabled, demo,
                   failed_attempts, locked_until
              from org_user
            """;

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user as stored. */
    record UserRow(long id, String username, String displayName, String organizationCode, DataScope scope,
                   String passwordHash, boolean enabled, boolean demo, Lockout lockout, Set<Role> roles) {

        /** The actor of this user; an administrator without an organization yet has the empty code. */
        Actor actor() {
            return new Actor(id, username, displayName, organizationCode == null ? "" : organizationCode, roles, scope);
        }
    }

    /** A token as stored (never the secret). */
    record TokenRow(long id, long userId, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
                    Instant revokedAt) {
    }

    long count() {
        return jdbc.sql("select count(*) from org_user").query(Long.class).single();
    }

    long insert(String username, String displayName, String organizationCode, DataScope scope, String passwordHash,
                boolean demo, Set<Role> roles, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into org_user (username, display_name, organization_code, data_scope, password_hash, demo,
                                      created_at, password_changed_at)
                values (:username, :displayName, :org, :scope, :hash, :demo, :now, :now)
                """)
                .param("username", username)
                .param("displayName", displayName)
                .param("org", organizationCode)
                .param("scope", scope.name())
                .param("hash", passwordHash)
                .param("demo", demo)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Role role : roles) {
            jdbc.sql("insert into org_user_role (user_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
        return id;
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from org_user where username = :username").param("username", username)
                .query(Long.class).single() > 0;
    }

    Optional<UserRow> findByUsername(String username) {
        return jdbc.sql(SELECT_USER + " where username = :username").param("username", username)
                .query(this::toUser).optional().map(this::withRoles);
    }

    Optional<UserRow> findById(long id) {
        return jdbc.sql(SELECT_USER + " where id = :id").param("id", id).query(this::toUser).optional()
                .map(this::withRoles);
    }

    /** Users of the organizations in the scope (every user for the unrestricted scope), by organization and name. */
    List<UserRow> listIn(OrgScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        String order = " order by organization_code, username";
        return scope.isUnrestricted()
                ? jdbc.sql(SELECT_USER + order).query(this::toUser).list().stream().map(this::withRoles).toList()
                : jdbc.sql(SELECT_USER + " where organization_code in (:codes)" + order).param("codes", scope.codes())
                        .query(this::toUser).list().stream().map(this::withRoles).toList();
    }

    void updateEnabled(long id, boolean enabled) {
        jdbc.sql("update org_user set enabled = :enabled, version = version + 1 where id = :id")
                .param("enabled", enabled).param("id", id).update();
    }

    void revokeAllTokens(long userId, Instant now) {
        jdbc.sql("update org_access_token set revoked_at = :now where user_id = :user and revoked_at is null")
                .param("now", Timestamp.from(now)).param("user", userId).update();
    }

    void updatePassword(long id, String passwordHash, Instant now) {
        jdbc.sql("update org_user set password_hash = :hash, password_changed_at = :now, version = version + 1 where id = :id")
                .param("hash", passwordHash).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void updateLockout(long id, Lockout lockout) {
        jdbc.sql("update org_user set failed_attempts = :failures, locked_until = :until where id = :id")
                .param("failures", lockout.failures())
                .param("until", lockout.lockedUntil() == null ? null : Timestamp.from(lockout.lockedUntil()))
                .param("id", id).update();
    }

    long insertToken(long userId, String name, String tokenHash, Instant now, Instant expiresAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into org_access_token (user_id, name, token_hash, created_at, expires_at)
                values (:user, :name, :hash, :now, :expires)
                """)
                .param("user", userId).param("name", name).param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<TokenRow> findTokenByHash(String tokenHash) {
        return jdbc.sql("""
                select id, user_id, name, created_at, last_used_at, expires_at, revoked_at
                  from org_access_token where token_hash = :hash
                """).param("hash", tokenHash).query(Users::toToken).optional();
    }

    List<TokenRow> tokensOf(long userId) {
        return jdbc.sql("""
                select id, user_id, name, created_at, last_used_at, expires_at, revoked_at
                  from org_access_token where user_id = :user order by created_at desc, id desc
                """).param("user", userId).query(Users::toToken).list();
    }

    void touchToken(long id, Instant now) {
        jdbc.sql("update org_access_token set last_used_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    int revokeToken(long userId, long tokenId, Instant now) {
        return jdbc.sql("""
                update org_access_token set revoked_at = :now
                 where id = :id and user_id = :user and revoked_at is null
                """).param("now", Timestamp.from(now)).param("id", tokenId).param("user", userId).update();
    }

    /**
     * A user row without its roles: the roles are read by {@link #withRoles} after the row's result set is closed.
     * (Reading them inside the row mapper held the first connection while asking the pool for a second one outside
     * a transaction: with as many concurrent requests as pooled connections, every request waited for the others —
     * found by the dashboard load test.)
     */
    private UserRow toUser(ResultSet rs, int row) throws SQLException {
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("organization_code"), DataScope.valueOf(rs.getString("data_scope")),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("demo"),
                new Lockout(rs.getInt("failed_attempts"), instant(rs, "locked_until")), Set.of());
    }

    private UserRow withRoles(UserRow user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from org_user_role where user_id = :id").param("id", user.id()).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return new UserRow(user.id(), user.username(), user.displayName(), user.organizationCode(), user.scope(),
                user.passwordHash(), user.enabled(), user.demo(), user.lockout(), roles);
    }

    private static TokenRow toToken(ResultSet rs, int row) throws SQLException {
        return new TokenRow(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), instant(rs, "created_at"),
                instant(rs, "last_used_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
