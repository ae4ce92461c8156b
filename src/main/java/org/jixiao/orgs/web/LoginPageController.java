package org.jixiao.orgs.web;

import org.jixiao.orgs.DemoAccounts;
import org.jixiao.orgs.SecurityProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录: the form (Spring Security handles its POST), with the demo users listed in demo mode. */
@Controller
class LoginPageController {

    private final boolean demoMode;
    private final SecurityProperties security;

    LoginPageController(@Value("${jixiao.demo.enabled:false}") boolean demoMode, SecurityProperties security) {
        this.demoMode = demoMode;
        this.security = security;
    }

    @GetMapping("/login")
    String login(Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/units";
        }
        model.addAttribute("demoAccounts", demoMode ? DemoAccounts.ALL : java.util.List.of());
        model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        model.addAttribute("maxFailures", security.maxFailedLogins());
        model.addAttribute("lockMinutes", security.lockDuration().toMinutes());
        return "orgs/login";
    }
}
