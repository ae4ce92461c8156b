package org.jixiao.orgs;

import java.time.Clock;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Pages: form login at {@code /login}, everything else needs a signed-in user (redirect to
 * the login page; htmx requests get 401 and {@code HX-Redirect}). API ({@code /api/**}): a bearer token, HTTP Basic
 * for demo users in demo mode, or the browser's session; without credentials 401 problem+json. CSRF tokens are
 * required on every unsafe request except API requests that carry their own {@code Authorization} header (a
 * browser never adds one by itself, so a forged cross-site request cannot be exempt).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /**
     * Allows only this server's scripts; inline styles stay allowed because Bootstrap components and a few
     * templates set widths with style attributes (no user text reaches a style attribute).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, readable "{id}" prefix so that a later algorithm can take over hash by hash
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The one authentication provider, as a bean: Spring Security builds the global authentication manager from it
     * (and Boot then sets up no fallback user). Declared here rather than added to the filter chain as well, so a
     * wrong password is not tried — and counted — twice.
     */
    @Bean
    LockingAuthenticationProvider authenticationProvider(Users users, Clock clock, PasswordEncoder encoder,
                                                         UserManagement management) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(new UserAccountDetails(users, clock));
        dao.setPasswordEncoder(encoder);
        return new LockingAuthenticationProvider(dao, management);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // benchmarks run without the web layer
    SecurityFilterChain securityFilterChain(HttpSecurity http, LockingAuthenticationProvider passwords,
                                            UserManagement users, Users accounts, SecurityProperties properties,
                                            @Value("${jixiao.demo.enabled:false}") boolean demoMode) throws Exception {
        RequestMatcher api = ApiProblems::isApi;
        RequestMatcher htmx = request -> "true".equals(request.getHeader("HX-Request"));
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/units")
                        .failureHandler((request, response, e) -> {
                            String username = request.getParameter("username");
                            boolean locked = e instanceof LockedException
                                    || username != null && users.isLocked(username);
                            response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> !SAFE_METHODS.contains(request.getMethod())
                        && !(ApiProblems.isApi(request) && request.getHeader("Authorization") != null)))
                .addFilterBefore(new ApiCredentialsFilter(users, passwords, demoMode),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignedInUserRefreshFilter(accounts), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> ApiProblems.write(response, 401,
                                "未认证", ApiProblems.UNAUTHORIZED, "unauthorized", request.getRequestURI()), api)
                        .defaultAuthenticationEntryPointFor((request, response, e) -> {
                            response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
                            response.sendError(401);
                        }, htmx)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> ApiProblems.write(response, 403,
                                "禁止访问", e instanceof CsrfException ? ApiProblems.CSRF : ApiProblems.FORBIDDEN,
                                "forbidden", request.getRequestURI()), api)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> ApiProblems.page(request, response,
                                403, "没有权限", "您没有执行此操作的权限，或页面已过期（请刷新页面后重试）。"),
                                AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
