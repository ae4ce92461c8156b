package org.jixiao.rectification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jixiao.orgs.CurrentActor;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.rectification.ProblemView;
import org.jixiao.rectification.RectificationQueries;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user's 整改待办 (open problems they own, and how many are overdue) into the home page's model
 * as {@code rectificationTodo}. Only the home page ({@code /units}) asks, so other pages cost no query.
 */
@ControllerAdvice(annotations = Controller.class)
class RectificationHomeAdvice {

    private final RectificationQueries queries;
    private final OrgQueries orgs;

    RectificationHomeAdvice(RectificationQueries queries, OrgQueries orgs) {
        this.queries = queries;
        this.orgs = orgs;
    }

    /** The home page's counts. */
    public record Todo(long open, long overdue) {
    }

    @ModelAttribute("rectificationTodo")
    Todo rectificationTodo(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !"/units".equals(request.getServletPath())) {
            return null;
        }
        return CurrentActor.get().map(actor -> {
            var todo = queries.todo(actor, orgs.scopeOf(actor));
            return new Todo(todo.size(), todo.stream().filter(ProblemView::overdue).count());
        }).orElse(null);
    }
}
