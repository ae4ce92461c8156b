package org.jixiao.audit.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jixiao.audit.AuditEntry;
import org.jixiao.audit.AuditQueries;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgScope;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 修改记录 of a goal table: a timeline, newest first, with the changed fields of each event. */
@Controller
class GoalTableHistoryPageController {

    private final AuditQueries audit;
    private final GoalTableQueries tables;

    GoalTableHistoryPageController(AuditQueries audit, GoalTableQueries tables) {
        this.audit = audit;
        this.tables = tables;
    }

    @GetMapping("/goal-tables/{id}/history")
    String history(@PathVariable long id, OrgScope scope, Model model) {
        if (id <= 0) {
            throw new NotFoundException("目标表 " + id + " 不存在");
        }
        GoalTableView table = tables.find(new GoalTableId(id), scope)
                .orElseThrow(() -> new NotFoundException("目标表 " + id + " 不存在"));
        List<AuditEntry> entries = new ArrayList<>(audit.historyOf(ReviewSubject.goalTable(id), scope));
        Collections.reverse(entries);
        model.addAttribute("table", table);
        model.addAttribute("entries", entries);
        model.addAttribute("zone", ZoneId.systemDefault());
        return "audit/history";
    }
}
