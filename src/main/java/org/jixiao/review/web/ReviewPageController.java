package org.jixiao.review.web;

import java.util.List;

import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.review.ReviewAction;
import org.jixiao.review.ReviewConflictException;
import org.jixiao.review.ReviewService;
import org.jixiao.review.ReviewStatus;
import org.jixiao.review.domain.ReviewOpinion;
import org.jixiao.review.domain.ReviewRefusedException;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the review of every subject kind (the path segment {@code goal-tables}, {@code self-evaluations}, …):
 * the panel on a subject's page (status, the buttons this user may press, the history of every
 * round), the form posts of the actions, and the 待办 list.
 */
@Controller
class ReviewPageController {

    private final ReviewService review;
    private final ViolationMessages messages;

    ReviewPageController(ReviewService review, ViolationMessages messages) {
        this.review = review;
        this.messages = messages;
    }

    /** htmx: the review panel of a subject's page. */
    @GetMapping("/review/{subjectPath}/{id}/panel")
    String panel(@PathVariable String subjectPath, @PathVariable long id, Actor actor, OrgScope scope, Model model) {
        ReviewSubject subject = ReviewApiController.subject(subjectPath, id);
        ReviewStatus status = review.status(subject, actor, scope);
        model.addAttribute("status", status);
        model.addAttribute("tableId", id);
        model.addAttribute("subjectPath", subject.kind().path());
        model.addAttribute("noun", subject.kind().noun());
        model.addAttribute("rows", status.rows());
        model.addAttribute("time", ReviewTimeFormat.INSTANCE);
        return "review/panel :: panel";
    }

    @PostMapping("/review/{subjectPath}/{id}/{action}")
    String act(@PathVariable String subjectPath, @PathVariable long id, @PathVariable String action,
               @RequestParam long version,
               @RequestParam(required = false) String reason, @RequestParam(required = false) String opinion,
               @RequestParam(required = false) String opinionRow, Actor actor, OrgScope scope,
               RedirectAttributes redirect) {
        ReviewSubject subject = ReviewApiController.subject(subjectPath, id);
        ReviewAction what = ReviewAction.ofPath(action).orElseThrow(() -> new NotFoundException("没有这个审核操作"));
        List<ReviewOpinion> opinions = List.of();
        if (opinion != null && !opinion.isBlank()) {
            Integer row = opinionRow == null || opinionRow.isBlank() ? null : Integer.valueOf(opinionRow);
            opinions = List.of(new ReviewOpinion(row, opinion));
        }
        try {
            ReviewStatus status = review.perform(subject, what, version, reason, opinions, actor, scope);
            redirect.addFlashAttribute("reviewMessage", "已" + what.label() + "。当前状态：" + status.statusLabel() + "。");
            return "redirect:" + status.link();
        } catch (ReviewRefusedException | ReviewConflictException e) {
            redirect.addFlashAttribute("reviewError", what.label() + "未成功：" + e.getMessage());
        } catch (ValidationException e) {
            redirect.addFlashAttribute("reviewError", what.label() + "未成功："
                    + String.join("；", messages.byPath(e.violations()).values()));
        }
        return "redirect:" + review.status(subject, actor, scope).link();
    }

    /**
     * htmx: the review status of every goal table of a unit-year, as out-of-band swaps into the list's
     * {@code #review-state-<id>} cells.
     */
    @GetMapping("/review/units/{unitCode}/years/{year}/states")
    String states(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Model model) {
        return states("goal-tables", unitCode, year, scope, model);
    }

    /**
     * htmx: the review status of every subject of a kind in a unit-year (as its provider lists them), as
     * out-of-band swaps into the list's {@code #review-state-<id>} cells.
     */
    @GetMapping("/review/{subjectPath}/units/{unitCode}/years/{year}/states")
    String states(@PathVariable String subjectPath, @PathVariable String unitCode, @PathVariable int year,
                  OrgScope scope, Model model) {
        SubjectKind kind = SubjectKind.ofPath(subjectPath)
                .orElseThrow(() -> new NotFoundException("没有“" + subjectPath + "”这类审核对象"));
        if (!scope.contains(unitCode) || !FiscalYear.isValid(year)) {
            throw new NotFoundException("单位 " + unitCode + " 不存在");
        }
        model.addAttribute("labels", review.statusLabels(kind, unitCode, FiscalYear.of(year), scope));
        return "review/states :: states";
    }

    @GetMapping("/todo")
    String todo(Actor actor, OrgScope scope, Model model) {
        model.addAttribute("items", review.todo(actor, scope));
        model.addAttribute("time", ReviewTimeFormat.INSTANCE);
        return "review/todo";
    }
}
