package org.jixiao.orgs;

import org.jixiao.orgs.domain.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets any controller declare {@code Actor actor} (the signed-in user) or {@code OrgScope scope} (what that user
 * may see) as a handler parameter.
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final OrgQueries orgs;

    ActorArgumentResolver(OrgQueries orgs) {
        this.orgs = orgs;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class || parameter.getParameterType() == OrgScope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Actor actor = ApiCredentialsFilter.current()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
        if (parameter.getParameterType() == Actor.class) {
            return actor;
        }
        // one scope per request, whichever parameter asks first
        String key = OrgScope.class.getName();
        Object cached = request.getAttribute(key, NativeWebRequest.SCOPE_REQUEST);
        if (cached instanceof OrgScope scope) {
            return scope;
        }
        OrgScope scope = orgs.scopeOf(actor);
        request.setAttribute(key, scope, NativeWebRequest.SCOPE_REQUEST);
        return scope;
    }
}
