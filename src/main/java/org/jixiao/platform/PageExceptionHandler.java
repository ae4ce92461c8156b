package org.jixiao.platform;

import org.jixiao.shared.ForbiddenException;
import org.jixiao.shared.NotFoundException;
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

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(MethodArgumentTypeMismatchException e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("title", "地址有误");
        model.addAttribute("message", "地址中的参数“" + e.getName() + "”无效。");
        return "error";
    }
}
