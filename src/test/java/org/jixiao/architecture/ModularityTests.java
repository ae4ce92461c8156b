package org.jixiao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.JixiaoApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module map of docs/architecture.md, verified: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(JixiaoApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theFoundationModulesExist() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "platform", "orgs", "projects", "indicators", "goals");
    }

    @Test
    void upstreamModulesDoNotDependOnDownstreamOnes() {
        assertThat(dependsOn("shared", "platform")).isFalse();
        assertThat(dependsOn("orgs", "projects")).isFalse();
        assertThat(dependsOn("projects", "goals")).isFalse();
        assertThat(dependsOn("indicators", "goals")).isFalse();
        assertThat(dependsOn("goals", "projects")).isTrue();
        // the audit trail listens to events: the modules it records know nothing of it
        assertThat(dependsOn("goals", "audit")).isFalse();
        assertThat(dependsOn("review", "audit")).isFalse();
        // review serves its subjects through ReviewSubjectProvider beans of their modules, never the reverse
        assertThat(dependsOn("review", "goals")).isFalse();
        assertThat(dependsOn("review", "checks")).isFalse();
        assertThat(dependsOn("review", "evaluation")).isFalse();
        assertThat(dependsOn("orgs", "audit")).isFalse();
        assertThat(dependsOn("audit", "goals")).isTrue();
        assertThat(dependsOn("evaluation", "scoring")).isTrue();
        assertThat(dependsOn("goals", "evaluation")).isFalse();
        assertThat(dependsOn("scoring", "evaluation")).isFalse();
    }

    @Test
    void monitoringIsAPureDomainOnTheProjectsSpendingPlan() {
        assertThat(dependsOn("monitoring", "projects")).isTrue();
        assertThat(dependsOn("monitoring", "scoring")).isFalse();
        // 双监控 returns report on goal tables (read through GoalTableQueries); goals knows nothing of them
        assertThat(dependsOn("monitoring", "goals")).isTrue();
        assertThat(dependsOn("goals", "monitoring")).isFalse();
        assertThat(dependsOn("review", "monitoring")).isFalse();
        assertThat(dependsOn("scoring", "monitoring")).isFalse();
        assertThat(dependsOn("projects", "monitoring")).isFalse();
        // the self-evaluations read monitoring through MonitoringQueries (年度平均执行率 of the department one, 全年执行数
        // and the adjusted budget of a project one); monitoring knows nothing of them
        assertThat(dependsOn("evaluation", "monitoring")).isTrue();
        assertThat(dependsOn("monitoring", "evaluation")).isFalse();
    }

    @Test
    void rectificationReadsMonitoringAndReviewWhichKnowNothingOfIt() {
        assertThat(dependsOn("rectification", "monitoring")).isTrue();
        assertThat(dependsOn("rectification", "review")).isTrue();
        for (String module : new String[]{"monitoring", "review", "evaluation", "goals"}) {
            assertThat(dependsOn(module, "rectification")).as(module).isFalse();
        }
    }

    @Test
    void reportsReadEvaluationsAndNothingDependsOnReports() {
        assertThat(dependsOn("reports", "evaluation")).isTrue();
        for (String module : new String[]{"evaluation", "scoring", "goals", "exchange", "monitoring"}) {
            assertThat(dependsOn(module, "reports")).as(module).isFalse();
        }
    }

    private boolean dependsOn(String module, String other) {
        ApplicationModule source = modules.getModuleByName(module).orElseThrow();
        ApplicationModule target = modules.getModuleByName(other).orElseThrow();
        return source.getBootstrapDependencies(modules).anyMatch(target::equals)
                || source.getDirectDependencies(modules).contains(target);
    }
}
