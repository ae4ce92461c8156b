package org.jixiao.platform;

import java.net.URI;
import java.util.Map;

import org.jixiao.shared.ForbiddenException;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the REST API ({@code /api/**}) as {@code application/problem+json}: 400 with every violation,
 * 404, 409 on a version conflict; never a stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = ApiController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ViolationMessages messages;

    ApiExceptionHandler(ViolationMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误",
                "共 " + e.violations().size() + " 处输入有误，未保存任何内容。", "validation");
        problem.setProperty("violations", e.violations().stream()
                .map(v -> Map.of("field", v.path(), "code", v.code(), "message", messages.message(v)))
                .toList());
        return problem;
    }

    @ExceptionHandler(VersionConflictException.class)
    ProblemDetail conflict(VersionConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "版本冲突",
                "该记录已被他人修改（您读取的是第 " + e.expectedVersion() + " 版，当前为第 " + e.currentVersion()
                        + " 版）。您的修改未保存，请重新读取后再提交。", "version-conflict");
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage(), "not-found");
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "禁止访问", e.getMessage(), "forbidden");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", "没有这个接口地址。", "not-found");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "请求体无法读取", "请求体不是有效的 JSON 文档。", "unreadable");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "参数有误", "参数“" + e.getName() + "”的取值无效。", "bad-parameter");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "格式不支持", "请以 application/json 提交。", "media-type");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "方法不支持", "该地址不支持 " + e.getMethod() + " 请求。",
                "method");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected API error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", "处理请求时出错，请稍后重试或联系管理员。",
                "internal");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://jixiao.org/problems/" + type));
        return problem;
    }
}
