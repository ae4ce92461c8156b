package org.jixiao.review.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jixiao.orgs.CurrentActor;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.review.ReviewCounts;
import org.jixiao.review.ReviewService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user's review counts into every full page's model as {@code reviewCounts}: the 待办 count
 * in the navigation, and the overview on the home page. Skipped for htmx fragments and anonymous pages.
 */
@ControllerAdvice(annotations = Controller.class)
class ReviewNavigationAdvice {

    private final ReviewService review;
    private final OrgQueries orgs;

    ReviewNavigationAdvice(ReviewService review, OrgQueries orgs) {
        this.review = review;
        this.orgs = orgs;
    }

    @ModelAttribute("reviewCounts")
    ReviewCounts reviewCounts(HttpServletRequest request) {
        if (request.getHeader("HX-Request") != null || !"GET".equals(request.getMethod())) {
            return null;
        }
        return CurrentActor.get().map(actor -> review.counts(actor, orgs.scopeOf(actor))).orElse(null);
    }
}
