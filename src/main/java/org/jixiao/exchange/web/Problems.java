package org.jixiao.exchange.web;

import java.net.URI;

import org.jixiao.exchange.ImportException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** problem+json bodies of the exchange API, in the form of the platform's (type, title, detail, status). */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(ImportException e) {
        ProblemDetail problem = of(HttpStatus.valueOf(e.status()), e.type(), e.title(), e.detail());
        if (!e.problems().isEmpty()) {
            problem.setProperty("problems", e.problems());
        }
        return problem;
    }

    static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://jixiao.org/problems/" + type));
        return problem;
    }
}
