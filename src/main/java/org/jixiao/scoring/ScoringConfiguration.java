package org.jixiao.scoring;

import org.jixiao.scoring.domain.DepartmentScorer;
import org.jixiao.scoring.domain.DepartmentTemplateCatalog;
import org.jixiao.scoring.domain.PolicyCatalog;
import org.jixiao.scoring.domain.ProjectScorer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scoring engine's beans: the policy catalogue read once at start, and the two stateless scorers. */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    /** A finance bureau adds its own versions by pointing {@code jixiao.scoring.policies} at another pattern. */
    @Bean
    PolicyCatalog scoringPolicies(
            @Value("${jixiao.scoring.policies:" + ScoringPolicyReader.SHIPPED + "}") String pattern) {
        return ScoringPolicyReader.readAll(pattern);
    }

    /** Department templates with their versions and where they apply; {@code jixiao.scoring.templates} adds others. */
    @Bean
    DepartmentTemplateCatalog departmentTemplateCatalog(
            @Value("${jixiao.scoring.templates:" + ScoringTemplateReader.SHIPPED + "}") String pattern) {
        return ScoringTemplateReader.departmentCatalog(pattern);
    }

    @Bean
    ProjectScorer projectScorer() {
        return new ProjectScorer();
    }

    @Bean
    DepartmentScorer departmentScorer() {
        return new DepartmentScorer();
    }
}
