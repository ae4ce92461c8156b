package org.jixiao.orgs;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the {@link ActorArgumentResolver} with Spring MVC. */
@Configuration(proxyBeanMethods = false)
class OrgsWebConfiguration implements WebMvcConfigurer {

    private final OrgQueries orgs;

    OrgsWebConfiguration(OrgQueries orgs) {
        this.orgs = orgs;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver(orgs));
    }
}
