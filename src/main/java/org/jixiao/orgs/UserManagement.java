package org.jixiao.orgs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Lockout;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.Role;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.TextLimits;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on users: creation, password change, sign-in failures (lock-out) and personal access tokens
 * (个人访问令牌: a random 32-byte secret shown once, stored as its SHA-256).
 */
@Service
@Transactional
public class UserManagement {

    /** Marks Jixiao tokens so that a leaked one is recognisable (and secret scanners can match it). */
    static final String TOKEN_PREFIX = "jx_";
    static final int MIN_PASSWORD_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; 64 characters of ASCII stay well inside. */
    static final int MAX_PASSWORD_LENGTH = 64;
    static final int MAX_TOKEN_DAYS = 3650;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{1,63}");

    private final Users users;
    private final OrgQueries orgs;
    private final PasswordEncoder passwords;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserManagement(Users users, PasswordEncoder passwords, SecurityProperties properties, Clock clock, OrgQueries orgs) {
        this.users = users;
        this.orgs = orgs;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates a user; the data scope defaults to the widest default of its roles. */
    public long create(NewUser user) {
        List<Violation> violations = violationsOf(user);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        DataScope scope = user.scope() != null ? user.scope() : widestDefault(user.roles());
        return users.insert(user.username(), user.displayName().strip(), user.organizationCode(), scope,
                passwords.encode(user.password()), user.demo(), user.roles(), clock.instant());
    }

    private List<Violation> violationsOf(NewUser user) {
        List<Violation> violations = new ArrayList<>();
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            violations.add(Violation.of("user.username.invalid", "username"));
        } else if (users.exists(user.username())) {
            violations.add(Violation.of("user.username.taken", "username", user.username()));
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            violations.add(Violation.of("user.displayName.required", "displayName"));
        } else if (TextLimits.length(user.displayName().strip()) > 100) {
            violations.add(Violation.of("text.tooLong", "displayName", 100, TextLimits.length(user.displayName().strip())));
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            violations.add(Violation.of("user.roles.required", "roles"));
        }
        violations.addAll(passwordViolations(user.password(), "password"));
        if (user.password() != null && user.password().equals(user.username())) {
            violations.add(Violation.of("password.sameAsUsername", "password"));
        }
        return violations;
    }

    // ---- 用户管理 by an administrator (permission users:manage, users of organizations inside the scope) ----

    /**
     * Creates a user on behalf of an administrator: the organization must exist inside the administrator's scope.
     */
    public long create(Actor admin, OrgScope scope, NewUser user) {
        Permissions.require(admin, Permission.USERS_MANAGE);
        NewUser managed = new NewUser(user.username(), user.displayName(), user.organizationCode(), user.roles(),
                user.scope(), user.password(), false);
        List<Violation> violations = new ArrayList<>();
        if (user.organizationCode() == null || user.organizationCode().isBlank()
                || orgs.find(user.organizationCode(), scope).isEmpty()) {
            violations.add(Violation.of("user.organization.invalid", "organizationCode"));
        }
        violations.addAll(violationsOf(managed));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return create(managed);
    }

    /** 停用/启用. A disabled user can no longer sign in, and its access tokens stop working. */
    public void setEnabled(Actor admin, OrgScope scope, long userId, boolean enabled) {
        Users.UserRow user = managed(admin, scope, userId);
        if (!enabled && user.id() == admin.userId()) {
            throw new ValidationException(List.of(Violation.of("user.disableSelf", "enabled")));
        }
        users.updateEnabled(user.id(), enabled);
    }

    /** 解除锁定 before the lock-out expires by itself. */
    public void unlock(Actor admin, OrgScope scope, long userId) {
        users.updateLockout(managed(admin, scope, userId).id(), Lockout.none());
    }

    /**
     * 重置密码: a new random password, to be handed to the user, who should change it; revokes the user's tokens
     * (a reset usually means the account may be in other hands).
     *
     * @return the new password, shown once
     */
    public String resetPassword(Actor admin, OrgScope scope, long userId) {
        Users.UserRow user = managed(admin, scope, userId);
        String password = randomPassword();
        Instant now = clock.instant();
        users.updatePassword(user.id(), passwords.encode(password), now);
        users.updateLockout(user.id(), Lockout.none());
        users.revokeAllTokens(user.id(), now);
        return password;
    }

    /** A user the administrator may manage; any other is as unknown as one that does not exist. */
    private Users.UserRow managed(Actor admin, OrgScope scope, long userId) {
        Permissions.require(admin, Permission.USERS_MANAGE);
        return users.findById(userId)
                .filter(u -> scope.isUnrestricted() || scope.contains(u.organizationCode()))
                .orElseThrow(() -> new NotFoundException("用户不存在"));
    }

    /** 12 characters from an alphabet without look-alikes (0/O, 1/l/I), about 70 bits. */
    private String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    public boolean exists(String username) {
        return users.exists(username);
    }

    public boolean anyUser() {
        return users.count() > 0;
    }

    /** Changes the actor's own password; the current one must be given. */
    public void changePassword(Actor actor, String current, String next, String confirmation) {
        Users.UserRow user = users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("用户不存在"));
        List<Violation> violations = new ArrayList<>();
        if (current == null || !passwords.matches(current, user.passwordHash())) {
            violations.add(Violation.of("password.current.wrong", "currentPassword"));
        }
        violations.addAll(passwordViolations(next, "newPassword"));
        if (next != null && next.equals(user.username())) {
            violations.add(Violation.of("password.sameAsUsername", "newPassword"));
        }
        if (next != null && !next.equals(confirmation)) {
            violations.add(Violation.of("password.mismatch", "confirmPassword"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        users.updatePassword(user.id(), passwords.encode(next), clock.instant());
    }

    /**
     * Creates a token for the actor. {@code expiresInDays} blank means no expiry.
     *
     * @return the token with its secret, to be shown once
     */
    public CreatedToken createToken(Actor actor, String name, String expiresInDays) {
        List<Violation> violations = new ArrayList<>();
        String tokenName = name == null ? "" : name.strip();
        if (tokenName.isEmpty()) {
            violations.add(Violation.of("token.name.required", "name"));
        } else if (TextLimits.length(tokenName) > 100) {
            violations.add(Violation.of("text.tooLong", "name", 100, TextLimits.length(tokenName)));
        }
        Instant now = clock.instant();
        Instant expires = null;
        if (expiresInDays != null && !expiresInDays.isBlank()) {
            String days = expiresInDays.strip();
            if (!days.matches("\\d{1,4}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > MAX_TOKEN_DAYS) {
                violations.add(Violation.of("token.expiry.invalid", "expiresInDays", Integer.toString(MAX_TOKEN_DAYS)));
            } else {
                expires = now.plus(Duration.ofDays(Integer.parseInt(days)));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        long id = users.insertToken(actor.userId(), tokenName, sha256(secret), now, expires);
        return new CreatedToken(id, tokenName, secret);
    }

    /** Revokes one of the actor's own tokens; another user's token is as if it did not exist. */
    public void revokeToken(Actor actor, long tokenId) {
        if (users.revokeToken(actor.userId(), tokenId, clock.instant()) == 0) {
            boolean own = users.tokensOf(actor.userId()).stream().anyMatch(t -> t.id() == tokenId);
            if (!own) {
                throw new NotFoundException("令牌不存在");
            }
        }
    }

    /**
     * The actor a bearer token stands for, when the token is known, not revoked, not expired and its user enabled;
     * records the use. A locked account's tokens still work: the lock guards against password guessing.
     */
    public Optional<Actor> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return users.findTokenByHash(sha256(secret))
                .filter(t -> t.revokedAt() == null && (t.expiresAt() == null || now.isBefore(t.expiresAt())))
                .flatMap(t -> users.findById(t.userId()).filter(Users.UserRow::enabled).map(u -> {
                    users.touchToken(t.id(), now);
                    return u.actor();
                }));
    }

    /** A failed sign-in of a known user: counts towards the lock-out. */
    void recordFailure(String username) {
        users.findByUsername(username).ifPresent(u -> users.updateLockout(u.id(),
                u.lockout().afterFailure(clock.instant(), properties.maxFailedLogins(), properties.lockDuration())));
    }

    /** Whether the user exists and is locked now (for the login page's message). */
    boolean isLocked(String username) {
        return users.findByUsername(username).map(u -> u.lockout().isLocked(clock.instant())).orElse(false);
    }

    void recordSuccess(String username) {
        users.findByUsername(username).filter(u -> !u.lockout().equals(Lockout.none()))
                .ifPresent(u -> users.updateLockout(u.id(), Lockout.none()));
    }

    private static List<Violation> passwordViolations(String password, String path) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return List.of(Violation.of("password.tooShort", path, MIN_PASSWORD_LENGTH));
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return List.of(Violation.of("password.tooLong", path, MAX_PASSWORD_LENGTH));
        }
        if (password.isBlank()) {
            return List.of(Violation.of("password.tooShort", path, MIN_PASSWORD_LENGTH));
        }
        return List.of();
    }

    private static DataScope widestDefault(java.util.Set<Role> roles) {
        DataScope widest = DataScope.OWN;
        for (Role role : roles) {
            if (role.defaultScope().ordinal() > widest.ordinal()) {
                widest = role.defaultScope();
            }
        }
        return widest;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
