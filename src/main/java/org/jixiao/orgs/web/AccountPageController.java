package org.jixiao.orgs.web;

import java.time.ZoneId;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.orgs.CreatedToken;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.UserManagement;
import org.jixiao.orgs.UserQueries;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.shared.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账户: the signed-in user's roles and scope, password change, personal access tokens. */
@Controller
class AccountPageController {

    private final UserManagement users;
    private final UserQueries queries;
    private final OrgQueries orgs;
    private final ViolationMessages messages;
    private final java.time.Clock clock;

    AccountPageController(UserManagement users, UserQueries queries, OrgQueries orgs, ViolationMessages messages,
                          java.time.Clock clock) {
        this.users = users;
        this.queries = queries;
        this.orgs = orgs;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(Actor actor, Model model) {
        return page(actor, model, Map.of(), Map.of());
    }

    @PostMapping("/account/password")
    String changePassword(Actor actor, @RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword,
                          @RequestParam(required = false) String confirmPassword, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        try {
            users.changePassword(actor, currentPassword, newPassword, confirmPassword);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(actor, model, messages.byPath(e.violations()), Map.of());
        }
        redirect.addFlashAttribute("saved", "密码已修改。");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(Actor actor, @RequestParam(required = false) String name,
                       @RequestParam(required = false) String expiresInDays, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        try {
            CreatedToken token = users.createToken(actor, name, expiresInDays);
            // shown once, on the page the redirect lands on; never stored in clear
            redirect.addFlashAttribute("createdToken", token);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("tokenName", name);
            model.addAttribute("tokenDays", expiresInDays);
            return page(actor, model, Map.of(), messages.byPath(e.violations()));
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        users.revokeToken(actor, id);
        redirect.addFlashAttribute("saved", "令牌已撤销，使用它的请求将被拒绝。");
        return "redirect:/account";
    }

    private String page(Actor actor, Model model, Map<String, String> passwordErrors, Map<String, String> tokenErrors) {
        model.addAttribute("actor", actor);
        model.addAttribute("organization", orgs.find(actor.organizationCode()).map(OrgView::name).orElse("（未绑定单位）"));
        model.addAttribute("roles", actor.roles().stream().map(r -> r.label()).sorted().toList());
        model.addAttribute("tokens", queries.tokens(actor));
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", ZoneId.systemDefault());
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("tokenErrors", tokenErrors);
        return "orgs/account";
    }
}
