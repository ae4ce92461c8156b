package org.jixiao.orgs;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads a user for sign-in, locked while its {@link org.jixiao.orgs.domain.Lockout} lasts. */
class UserAccountDetails implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    UserAccountDetails(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Users.UserRow user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new SignedInUser(user.actor(), user.passwordHash(), user.demo(),
                user.lockout().isLocked(clock.instant()), user.enabled());
    }
}
