package org.jixiao.orgs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 of the REST API as problem+json, written by the security filters (before any controller or
 * controller advice runs). Texts are fixed Chinese sentences, never an exception message.
 */
final class ApiProblems {

    static final String UNAUTHORIZED = "未登录或凭据无效：请在请求头中提供 Authorization: Bearer <个人访问令牌>（在“我的账户”页面创建）。";
    static final String BAD_TOKEN = "访问令牌无效、已撤销或已过期。";
    static final String BASIC_DEMO_ONLY = "HTTP Basic 仅在演示模式下供演示用户使用；请使用个人访问令牌（Bearer）。";
    static final String BAD_PASSWORD = "用户名或密码错误，或账户已被锁定。";
    static final String DISABLED = "账户已被停用或已不存在。";
    static final String FORBIDDEN = "没有执行此操作的权限。";
    static final String CSRF = "请求缺少有效的 CSRF 令牌：请刷新页面后重试。";

    private ApiProblems() {
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    static void write(HttpServletResponse response, int status, String title, String detail, String type,
                      String instance) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"jixiao\"");
        }
        response.getWriter().write("{\"type\":\"https://jixiao.org/problems/" + type + "\",\"title\":" + quote(title)
                + ",\"status\":" + status + ",\"detail\":" + quote(detail) + ",\"instance\":" + quote(instance) + "}");
    }

    /**
     * A refusal of a page request as a small Chinese page (whatever the client accepts): the filters run before
     * Spring MVC, whose error page would otherwise answer a client without {@code Accept: text/html} in English JSON.
     */
    static void page(HttpServletRequest request, HttpServletResponse response, int status, String title,
                     String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String context = request.getContextPath();
        response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + title
                + " · 绩效</title><link rel=\"stylesheet\" href=\"" + context + "/webjars/bootstrap/css/bootstrap.min.css\">"
                + "</head><body><main class=\"container\"><div class=\"alert alert-warning mt-4\"><h1 class=\"h4\">"
                + title + "</h1><p class=\"mb-0\">" + message + "</p></div><a class=\"btn btn-outline-secondary\" href=\""
                + context + "/units\">返回单位列表</a></main></body></html>");
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
