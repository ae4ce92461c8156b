package org.jixiao.orgs.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.orgs.NewUser;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.UserManagement;
import org.jixiao.orgs.UserQueries;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.Role;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理 for the 系统管理员: the users of the organizations in the administrator's scope; create, 停用/启用,
 * 解除锁定, 重置密码 (the new password shown once).
 */
@Controller
class UserAdminPageController {

    private final UserManagement users;
    private final UserQueries queries;
    private final OrgQueries orgs;
    private final ViolationMessages messages;

    UserAdminPageController(UserManagement users, UserQueries queries, OrgQueries orgs, ViolationMessages messages) {
        this.users = users;
        this.queries = queries;
        this.orgs = orgs;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(Actor actor, OrgScope scope, Model model) {
        return page(actor, scope, model, Map.of(), Form.EMPTY);
    }

    @PostMapping("/admin/users")
    String create(Actor actor, OrgScope scope, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) String organizationCode,
                  @RequestParam(required = false) List<String> roles,
                  @RequestParam(required = false) String dataScope,
                  @RequestParam(required = false) String password, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Permissions.require(actor, Permission.USERS_MANAGE);
        Form form = new Form(username, displayName, organizationCode, roles == null ? List.of() : roles, dataScope);
        try {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            for (String r : form.roles()) {
                chosen.add(parse(Role.class, r, "roles"));
            }
            DataScope scopeChoice = dataScope == null || dataScope.isBlank() ? null
                    : parse(DataScope.class, dataScope, "dataScope");
            users.create(actor, scope, new NewUser(trim(username), displayName, trim(organizationCode), chosen,
                    scopeChoice, password, false));
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(actor, scope, model, messages.byPath(e.violations()), form);
        }
        redirect.addFlashAttribute("saved", "用户“" + username.strip() + "”已创建。请把初始密码告诉本人，并提醒其登录后修改。");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(Actor actor, OrgScope scope, @PathVariable long id, @RequestParam boolean enabled, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            users.setEnabled(actor, scope, id, enabled);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failed", String.join("；", messages.byPath(e.violations()).values()));
            return page(actor, scope, model, Map.of(), Form.EMPTY);
        }
        redirect.addFlashAttribute("saved", enabled ? "账户已启用。" : "账户已停用：不能再登录，访问令牌也不再有效。");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(Actor actor, OrgScope scope, @PathVariable long id, RedirectAttributes redirect) {
        users.unlock(actor, scope, id);
        redirect.addFlashAttribute("saved", "账户已解除锁定。");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(Actor actor, OrgScope scope, @PathVariable long id, RedirectAttributes redirect) {
        String password = users.resetPassword(actor, scope, id);
        // shown once on the page the redirect lands on; only the hash is stored
        redirect.addFlashAttribute("newPassword", password);
        redirect.addFlashAttribute("newPasswordUser", id);
        return "redirect:/admin/users";
    }

    private String page(Actor actor, OrgScope scope, Model model, Map<String, String> errors, Form form) {
        model.addAttribute("users", queries.users(actor, scope));
        model.addAttribute("organizations", orgs.all(scope));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("scopes", DataScope.values());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "orgs/users";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String path) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(Violation.of(path.equals("roles") ? "user.roles.required"
                    : "user.scope.invalid", path)));
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    /** What was typed, to show again after a refusal. */
    record Form(String username, String displayName, String organizationCode, List<String> roles, String dataScope) {
        static final Form EMPTY = new Form("", "", "", List.of(), "");
    }
}
