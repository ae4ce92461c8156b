package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.Optional;

import org.jixiao.monitoring.domain.LampRules;
import org.jixiao.monitoring.domain.LampRulesCatalog;
import org.jixiao.monitoring.domain.MonitoringFixtures;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** The lamp rules shipped as JSON load, equal the rules the domain tests use, and the catalogue picks the one in force. */
class ShippedLampRulesTests {

    private final LampRulesCatalog catalog = LampRulesReader.shipped();

    @Test
    void theShippedRulesAreTheOnesTheDomainTestsUse() {
        assertSameRules(catalog.byId("national-2019").orElseThrow(), MonitoringFixtures.national());
        assertSameRules(catalog.byId("sichuan-510000-2025").orElseThrow(), MonitoringFixtures.sichuan());
        assertThat(catalog.byId("national-2019").orElseThrow().period(7).orElseThrow().due())
                .contains(MonthDay.of(8, 31));
        assertThat(catalog.byId("sichuan-510000-2025").orElseThrow().period(10).orElseThrow().label())
                .isEqualTo("1–10月");
        assertThat(catalog.byId("national-2019").orElseThrow().basis()).contains("rules.md §4.3");
    }

    private static void assertSameRules(LampRules shipped, LampRules fixture) {
        assertThat(shipped.region()).isEqualTo(fixture.region());
        assertThat(shipped.from()).isEqualTo(fixture.from());
        assertThat(shipped.until()).isEqualTo(fixture.until());
        assertThat(shipped.timeProgress().map(b -> b.redBelow().stripTrailingZeros() + "/" + b.yellowBelow().stripTrailingZeros()))
                .isEqualTo(fixture.timeProgress().map(b -> b.redBelow().stripTrailingZeros() + "/" + b.yellowBelow().stripTrailingZeros()));
        assertThat(shipped.plan().isPresent()).isEqualTo(fixture.plan().isPresent());
        assertThat(shipped.thresholds().map(t -> t.lamp() + " " + t.steps().stream()
                .map(s -> s.throughMonth() + ":" + s.minimum().stripTrailingZeros()).toList()))
                .isEqualTo(fixture.thresholds().map(t -> t.lamp() + " " + t.steps().stream()
                        .map(s -> s.throughMonth() + ":" + s.minimum().stripTrailingZeros()).toList()));
        assertThat(shipped.goalGap().map(g -> g.maxGap().stripTrailingZeros() + " " + g.lamp()))
                .isEqualTo(fixture.goalGap().map(g -> g.maxGap().stripTrailingZeros() + " " + g.lamp()));
        assertThat(shipped.likelihoodLamps()).isEqualTo(fixture.likelihoodLamps());
        assertThat(shipped.progressLamps()).isEqualTo(fixture.progressLamps());
        assertThat(shipped.periods()).isEqualTo(fixture.periods());
    }

    @Test
    void theRegionsOwnVersionWinsWhereItIsInForce() {
        // 青神县 (S7) lies in 四川省 510000; 番禺区 (seed 002) does not
        assertThat(inForce("511425", 2025)).isEqualTo("sichuan-510000-2025");
        assertThat(inForce("511425000", 2026)).isEqualTo("sichuan-510000-2025");
        assertThat(inForce("510000", 2025)).isEqualTo("sichuan-510000-2025");
        assertThat(inForce("511425", 2024)).isEqualTo("national-2019");
        assertThat(inForce("440113", 2025)).isEqualTo("national-2019");
        assertThat(catalog.inForce(new RegionCode("440113"), FiscalYear.of(2018))).isEmpty();
    }

    @Test
    void aCountysOwnVersionWinsOverItsProvinces() {
        LampRules sichuan = MonitoringFixtures.sichuan();
        LampRules county = new LampRules("qingshen-511425-2025", "青神县", "test", Optional.of(new RegionCode("511425")),
                FiscalYear.of(2025), Optional.empty(), sichuan.timeProgress(), sichuan.plan(), sichuan.thresholds(),
                sichuan.goalGap(), sichuan.likelihoodLamps(), sichuan.progressLamps(), sichuan.periods());
        LampRulesCatalog withCounty = new LampRulesCatalog(java.util.List.of(MonitoringFixtures.national(), sichuan, county));

        assertThat(withCounty.inForce(new RegionCode("511425"), FiscalYear.of(2025)).orElseThrow().id())
                .isEqualTo("qingshen-511425-2025");
        assertThat(withCounty.inForce(new RegionCode("511402"), FiscalYear.of(2025)).orElseThrow().id())
                .isEqualTo("sichuan-510000-2025");
    }

    @Test
    void aMisspeltOrIncompleteFileIsRefused() {
        String national = new String(readShipped("national-2019.json"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(national.replace("\"timeProgress\"", "\"timeProgres\"")))
                .hasMessageContaining("unknown field timeProgres");
        assertThatThrownBy(() -> read(national.replace("\"redBelow\": 0.60, \"yellowBelow\": 0.80",
                "\"redBelow\": 0.80, \"yellowBelow\": 0.60"))).hasMessageContaining("redBelow ≤ yellowBelow");
        assertThatThrownBy(() -> read(national.replace("\"POSSIBLE\": \"YELLOW\", ", "")))
                .hasMessageContaining("lack the lamp of POSSIBLE");
        assertThatThrownBy(() -> read(national.replace("\"from\": 2019", "\"from\": \"2019\"")))
                .hasMessageContaining("whole-number field from");
    }

    private static LampRules read(String json) {
        return LampRulesReader.read(new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), "test rules"));
    }

    private static byte[] readShipped(String name) {
        try (var in = LampRulesReader.shippedResource(name).getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String inForce(String region, int year) {
        return catalog.inForce(new RegionCode(region), FiscalYear.of(year)).orElseThrow().id();
    }
}
