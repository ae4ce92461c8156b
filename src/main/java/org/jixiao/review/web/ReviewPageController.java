package org.jixiao.review.web;

import java.util.List;

import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.review.ReviewAction;
import org.jixiao.review.ReviewConflictException;
import org.jixiao.review.ReviewService;
import org.jixiao.review.ReviewStatus;
import org.jixiao.review.domain.ReviewOpinion;
import org.jixiao.review.domain.ReviewRefusedException;
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
 * Pages of the review: the panel on a goal table (status, the buttons this user may press, the history of every
 * round), the form posts of the actions, and the 待办 list.
 */
@Controller
class ReviewPageController {

    private final ReviewService review;
    private final GoalTableQueries goals;
    private final ViolationMessages messages;

    ReviewPageController(ReviewService review, GoalTableQueries goals, ViolationMessages messages) {
        this.review = review;
        this.goals = goals;
        this.messages = messages;
    }

    /** htmx: the review panel of a goal table page. */
    @GetMapping("/review/goal-tables/{id}/panel")
    String panel(@PathVariable long id, Actor actor, OrgScope scope, Model model) {
        ReviewStatus status = review.status(id, actor, scope);
        GoalTableView table = goals.find(new GoalTableId(id), scope).orElseThrow();
        model.addAttribute("status", status);
        model.addAttribute("tableId", id);
        model.addAttribute("rows", table.content().indicators().size());
        model.addAttribute("time", ReviewTimeFormat.INSTANCE);
        return "review/panel :: panel";
    }

    @PostMapping("/review/goal-tables/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam long version,
               @RequestParam(required = false) String reason, @RequestParam(required = false) String opinion,
               @RequestParam(required = false) String opinionRow, Actor actor, OrgScope scope,
               RedirectAttributes redirect) {
        ReviewAction what = ReviewAction.ofPath(action).orElseThrow(() -> new NotFoundException("没有这个审核操作"));
        List<ReviewOpinion> opinions = List.of();
        if (opinion != null && !opinion.isBlank()) {
            Integer row = opinionRow == null || opinionRow.isBlank() ? null : Integer.valueOf(opinionRow);
            opinions = List.of(new ReviewOpinion(row, opinion));
        }
        try {
            ReviewStatus status = review.perform(id, what, version, reason, opinions, actor, scope);
            redirect.addFlashAttribute("reviewMessage", "已" + what.label() + "。当前状态：" + status.statusLabel() + "。");
        } catch (ReviewRefusedException | ReviewConflictException e) {
            redirect.addFlashAttribute("reviewError", what.label() + "未成功：" + e.getMessage());
        } catch (ValidationException e) {
            redirect.addFlashAttribute("reviewError", what.label() + "未成功："
                    + String.join("；", messages.byPath(e.violations()).values()));
        }
        return "redirect:/goal-tables/" + id;
    }

    /**
     * htmx: the review status of every goal table of a unit-year, as out-of-band swaps into the list's
     * {@code #review-state-<id>} cells.
     */
    @GetMapping("/review/units/{unitCode}/years/{year}/states")
    String states(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Model model) {
        if (!scope.contains(unitCode) || !FiscalYear.isValid(year)) {
            throw new NotFoundException("单位 " + unitCode + " 不存在");
        }
        List<Long> ids = goals.list(unitCode, FiscalYear.of(year), scope).stream().map(t -> t.id().value()).toList();
        model.addAttribute("labels", review.statusLabels(ids));
        return "review/states :: states";
    }

    @GetMapping("/todo")
    String todo(Actor actor, OrgScope scope, Model model) {
        model.addAttribute("items", review.todo(actor, scope));
        model.addAttribute("time", ReviewTimeFormat.INSTANCE);
        return "review/todo";
    }
}
