package org.jixiao.orgs;

import org.jixiao.orgs.domain.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model as {@code currentUser}, for the navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    Actor currentUser() {
        return ApiCredentialsFilter.current().orElse(null);
    }
}
