package org.jixiao.orgs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a session or token request: the {@link Actor} plus what Spring Security needs to sign in.
 * Authorities are the permission strings ({@code goal-table:edit}) and {@code ROLE_<role>}.
 */
final class SignedInUser implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final boolean demo;
    private final boolean locked;
    private final boolean enabled;
    private String passwordHash;

    SignedInUser(Actor actor, String passwordHash, boolean demo, boolean locked, boolean enabled) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.demo = demo;
        this.locked = locked;
        this.enabled = enabled;
    }

    /** A principal for a request authenticated by token: no password involved. */
    static SignedInUser ofToken(Actor actor) {
        return new SignedInUser(actor, null, false, false, true);
    }

    Actor actor() {
        return actor;
    }

    boolean demo() {
        return demo;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : actor.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        for (Permission permission : Permission.values()) {
            if (actor.can(permission)) {
                authorities.add(new SimpleGrantedAuthority(permission.code()));
            }
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
