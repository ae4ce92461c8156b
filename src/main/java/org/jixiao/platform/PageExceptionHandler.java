package org.jixiao.platform;

import org.jixiao.shared.ForbiddenException;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the pages: a Chinese page, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final ViolationMessages messages;

    PageExceptionHandler(ViolationMessages messages) {
        this.messages = messages;
    }

    /**
     * Input refused where a page did not show it at its fields itself: still a Chinese message listing every
     * violation, and 400 rather than a server error.
     */
    @ExceptionHandler(ValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(ValidationException e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("title", "输入有误");
        model.addAttribute("message", e.violations().stream().map(messages::message)
                .collect(java.util.stream.Collectors.joining("；")) + "。未保存，请返回修改后重试。");
        return "error";
    }

    @ExceptionHandler(VersionConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(VersionConflictException e, Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("title", "已被他人修改");
        model.addAttribute("message", "保存失败：内容已被他人修改（您打开的是第 " + e.expectedVersion() + " 版，当前为第 "
                + e.currentVersion() + " 版）。请刷新页面查看最新内容后重新操作。");
        return "error";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("title", "未找到");
        model.addAttribute("message", e.getMessage());
        return "error";
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(ForbiddenException e, Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("title", "没有权限");
        model.addAttribute("message", e.getMessage());
        return "error";
    }

    @ExceptionHandler(RecordLockedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String locked(RecordLockedException e, Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("title", "不能修改");
        model.addAttribute("message", e.getMessage());
        return "error";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(MethodArgumentTypeMismatchException e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("title", "地址有误");
        model.addAttribute("message", "地址中的参数“" + e.getName() + "”无效。");
        return "error";
    }
}
