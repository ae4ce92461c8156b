package org.jixiao.exchange.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.exchange.GoalTableImports;
import org.jixiao.exchange.ImportException;
import org.jixiao.orgs.OrgScope;
import org.jixiao.platform.ViolationMessages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over Spring's multipart limit ({@code spring.servlet.multipart.max-file-size}) or a broken multipart
 * body fails before any controller is chosen, so no controller's handler sees it: this advice answers it in
 * Chinese — problem+json (413/400) under {@code /api/}, the import page with the message for the import's own
 * pages, the error page with a link back for every other upload (佐证材料 of a self-evaluation or a 整改 problem:
 * their own, smaller limits are checked by their modules; this one is the servlet's ceiling above them) — instead
 * of the default English problem or error page. (Spring glue that belongs in {@code platform}; here until it moves.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final GoalTableImports imports;
    private final ImportPageModel pages;
    private final JsonMapper json;
    private final ViolationMessages messages;
    private final DataSize servletLimit;

    UploadLimitAdvice(GoalTableImports imports, ImportPageModel pages, JsonMapper json, ViolationMessages messages,
                      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize servletLimit) {
        this.imports = imports;
        this.pages = pages;
        this.json = json;
        this.messages = messages;
        this.servletLimit = servletLimit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, OrgScope scope) throws IOException {
        return answer(isImport(request) ? imports.tooLarge()
                : new ImportException(413, "file-too-large", "文件过大",
                        messages.text("exchange.upload.tooLargeElsewhere", servletLimit.toMegabytes() + " MB"), List.of()),
                request, response, scope);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView broken(HttpServletRequest request, HttpServletResponse response, OrgScope scope) throws IOException {
        return answer(isImport(request) ? imports.unreadableUpload()
                : new ImportException(400, "unreadable-upload", "上传失败",
                        messages.text("exchange.upload.unreadableElsewhere"), List.of()),
                request, response, scope);
    }

    private static boolean isImport(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/exchange/") || path.startsWith("/api/v1/imports");
    }

    private ModelAndView answer(ImportException e, HttpServletRequest request, HttpServletResponse response,
                                OrgScope scope) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://jixiao.org/problems/" + e.type());
            problem.put("title", e.title());
            problem.put("status", e.status());
            problem.put("detail", e.detail());
            problem.put("instance", path);
            response.setStatus(e.status());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            return null;
        }
        if (!isImport(request)) {
            ModelAndView page = new ModelAndView("error");
            page.addObject("status", e.status());
            page.addObject("title", e.title());
            page.addObject("message", e.detail());
            String referer = request.getHeader("Referer");
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            String origin = scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + "/";
            // only a page of this application, never an address the request brought from elsewhere
            if (referer != null && (referer.startsWith(origin) || referer.startsWith("/") && !referer.startsWith("//"))) {
                page.addObject("backUrl", referer);
            }
            page.setStatus(org.springframework.http.HttpStatusCode.valueOf(e.status()));
            return page;
        }
        // the form's other fields are not read: asking the request for a parameter would parse the refused body again
        ModelAndView page = new ModelAndView(ImportPageModel.VIEW, pages.of(null, null, e.detail(), scope));
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(e.status()));
        return page;
    }
}
