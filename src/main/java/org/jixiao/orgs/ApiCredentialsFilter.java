package org.jixiao.orgs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.orgs.domain.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Credentials of an {@code /api/**} request in its {@code Authorization} header: {@code Bearer <个人访问令牌>}
 * always, {@code Basic} only in demo mode and only for demo users. The request is authenticated for itself
 * alone (no session is created or changed); wrong credentials answer 401 at once rather than falling back to a
 * session. Requests without the header go on unchanged (a signed-in browser's downloads use the session).
 */
class ApiCredentialsFilter extends OncePerRequestFilter {

    private final UserManagement users;
    private final LockingAuthenticationProvider passwords;
    private final boolean demoMode;

    ApiCredentialsFilter(UserManagement users, LockingAuthenticationProvider passwords, boolean demoMode) {
        this.users = users;
        this.passwords = passwords;
        this.demoMode = demoMode;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiProblems.isApi(request) || request.getHeader("Authorization") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization").strip();
        Optional<SignedInUser> user;
        String refusal;
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            user = users.authenticateToken(header.substring(7).strip()).map(SignedInUser::ofToken);
            refusal = ApiProblems.BAD_TOKEN;
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = demoMode ? basic(header.substring(6).strip()) : Optional.empty();
            refusal = demoMode ? ApiProblems.BAD_PASSWORD : ApiProblems.BASIC_DEMO_ONLY;
        } else {
            user = Optional.empty();
            refusal = ApiProblems.UNAUTHORIZED;
        }
        if (user.isEmpty()) {
            ApiProblems.write(response, 401, "未认证", refusal, "unauthorized", request.getRequestURI());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<SignedInUser> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try {
            Authentication result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    decoded.substring(0, colon), decoded.substring(colon + 1)));
            SignedInUser user = (SignedInUser) result.getPrincipal();
            return user.demo() ? Optional.of(user) : Optional.empty();
        } catch (AuthenticationException e) {
            return Optional.empty();
        }
    }

    /** The actor of the current request, if any. */
    static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }
}
