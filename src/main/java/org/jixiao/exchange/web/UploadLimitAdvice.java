package org.jixiao.exchange.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.exchange.GoalTableImports;
import org.jixiao.exchange.ImportException;
import org.jixiao.orgs.OrgScope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over Spring's multipart limit ({@code spring.servlet.multipart.max-file-size}) or a broken multipart
 * body fails before any controller is chosen, so no controller's handler sees it: this advice answers it in
 * Chinese — problem+json (413/400) under {@code /api/}, the upload page with the message elsewhere — instead of
 * the default English problem or error page. (Spring glue that belongs in {@code platform}; here until it moves.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final GoalTableImports imports;
    private final ImportPageModel pages;
    private final JsonMapper json;

    UploadLimitAdvice(GoalTableImports imports, ImportPageModel pages, JsonMapper json) {
        this.imports = imports;
        this.pages = pages;
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, OrgScope scope) throws IOException {
        return answer(imports.tooLarge(), request, response, scope);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView broken(HttpServletRequest request, HttpServletResponse response, OrgScope scope) throws IOException {
        return answer(imports.unreadableUpload(), request, response, scope);
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
        // the form's other fields are not read: asking the request for a parameter would parse the refused body again
        ModelAndView page = new ModelAndView(ImportPageModel.VIEW, pages.of(null, null, e.detail(), scope));
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(e.status()));
        return page;
    }
}
