package org.jixiao.orgs;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session remembers who signed in, not what that user may do now: on every request the user is read again, so
 * that 停用 by an administrator ends the session at once and changed roles, organization or data scope apply to the
 * next request rather than after the session times out.
 */
class SignedInUserRefreshFilter extends OncePerRequestFilter {

    private final Users users;

    SignedInUserRefreshFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Users.UserRow> now = users.findById(signedIn.actor().userId()).filter(Users.UserRow::enabled);
        if (now.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (ApiProblems.isApi(request)) {
                ApiProblems.write(response, 401, "未认证", ApiProblems.DISABLED, "unauthorized", request.getRequestURI());
            } else if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login?disabled");
                response.sendError(401);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?disabled");
            }
            return;
        }
        if (!now.get().actor().equals(signedIn.actor())) {
            SignedInUser fresh = new SignedInUser(now.get().actor(), null, signedIn.demo(), false, true);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
