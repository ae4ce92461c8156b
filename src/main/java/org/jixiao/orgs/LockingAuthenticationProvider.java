package org.jixiao.orgs;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in (form and, in demo mode, HTTP Basic) that counts consecutive failures: a wrong password of a
 * known user counts, a success resets, a locked account is refused before its password is even compared.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final UserManagement users;

    LockingAuthenticationProvider(DaoAuthenticationProvider passwords, UserManagement users) {
        this.passwords = passwords;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            Authentication result = passwords.authenticate(authentication);
            users.recordSuccess(authentication.getName());
            return result;
        } catch (BadCredentialsException e) {
            users.recordFailure(authentication.getName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
