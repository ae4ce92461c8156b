package org.jixiao.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.orgs.DemoAccounts;

/**
 * A client of the running application as one user: either signed in through the real login form (session cookie,
 * and the page's CSRF token sent as {@code X-CSRF-TOKEN} on every unsafe request, as htmx does), or sending
 * credentials with every API request (HTTP Basic in demo mode, or a bearer token), as an API client does.
 */
public final class WebSession {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final int port;
    private final HttpClient http;
    private final String authorization;
    private String csrf;

    private WebSession(int port, HttpClient http, String authorization) {
        this.port = port;
        this.http = http;
        this.authorization = authorization;
    }

    /** Signs in through the login page as a demo user. */
    public static WebSession login(int port, String username) {
        return login(port, username, DemoAccounts.PASSWORD);
    }

    /** Signs in through the login page; fails unless the login succeeds. */
    public static WebSession login(int port, String username, String password) {
        WebSession session = new WebSession(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), null);
        HttpResponse<String> answer = session.submitLogin(username, password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("login of " + username + " failed: " + answer.statusCode() + " → " + location);
        }
        session.csrf = session.tokenFrom(session.get("/account").body(), META_CSRF);
        return session;
    }

    /** Posts the login form (with the token of a fresh login page) and returns the answer, whatever it is. */
    public static HttpResponse<String> tryLogin(int port, String username, String password) {
        return new WebSession(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), null)
                .submitLogin(username, password);
    }

    /** No session: every request carries HTTP Basic credentials of a demo user. */
    public static WebSession basic(int port, String username) {
        return basic(port, username, DemoAccounts.PASSWORD);
    }

    public static WebSession basic(int port, String username, String password) {
        return new WebSession(port, HttpClient.newHttpClient(), basicHeader(username, password));
    }

    /** No session: every request carries the bearer token. */
    public static WebSession bearer(int port, String token) {
        return new WebSession(port, HttpClient.newHttpClient(), "Bearer " + token);
    }

    /** No credentials at all. */
    public static WebSession anonymous(int port) {
        return new WebSession(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), null);
    }

    public static String basicHeader(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The CSRF token of the session (masked, as the pages carry it). */
    public String csrfToken() {
        return csrf;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> postForm(String path, String formBody) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request with this session's cookie, CSRF header or credentials added. */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true);
        if (authorization != null && request.headers().firstValue("Authorization").isEmpty()) {
            builder.header("Authorization", authorization);
        }
        if (csrf != null && !SAFE.contains(request.method())) {
            builder.header("X-CSRF-TOKEN", csrf);
        }
        try {
            return http.send(builder.build(), body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Form-encodes name/value pairs. */
    public static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private HttpResponse<String> submitLogin(String username, String password) {
        String token = tokenFrom(get("/login").body(), HIDDEN_CSRF);
        return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password", password, "_csrf", token)))
                .build());
    }

    private String tokenFrom(String page, Pattern pattern) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page: " + page.substring(0, Math.min(300, page.length())));
        }
        return m.group(1);
    }
}
