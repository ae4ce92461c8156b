package org.jixiao.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.rectification.domain.ApplicationRules;
import org.jixiao.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The 自评得分偏低 threshold (lowScoreRate) as read from the result-application rules JSON. */
class ApplicationRulesReaderTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static String doc(String lowScoreRate) {
        return """
                { "id": "t", "name": "测试规则", "region": "510000", "from": 2024, "until": null,
                  "grades": { "EXCELLENT": "PRIORITY", "GOOD": "MAINTAIN", "FAIR": "COMPRESS", "POOR": "CANCEL" },
                  "executionBelow": 0.90, "deviationAbove": 0.30%s }
                """.formatted(lowScoreRate == null ? "" : ", \"lowScoreRate\": " + lowScoreRate);
    }

    @Test
    void theShippedRulesCarryAThresholdPerRegionAndYear() {
        var catalog = ApplicationRulesReader.shipped();
        ApplicationRules national = catalog.inForce(new RegionCode("110000"), FiscalYear.of(2024)).orElseThrow();
        assertThat(national.id()).isEqualTo("national-2019");
        assertThat(national.lowScoreRate()).isEqualByComparingTo("0.85");
        assertThat(catalog.inForce((String) null, FiscalYear.of(2024)).orElseThrow().id()).isEqualTo("national-2019");
        assertThat(catalog.inForce("511421", FiscalYear.of(2025)).orElseThrow().id()).isEqualTo("sichuan-510000-2025");
    }

    @Test
    void theValueIsReadExactly() {
        ApplicationRules r = ApplicationRulesReader.read(JSON.readTree(doc("0.875")));
        assertThat(r.lowScoreRate()).isEqualTo(new BigDecimal("0.875"));
        assertThat(ApplicationRulesReader.read(JSON.readTree(doc("1"))).lowScoreRate()).isEqualByComparingTo("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.1", "1.01", "85"})
    void aRateOutsideZeroToOneIsRefused(String value) {
        assertThatThrownBy(() -> ApplicationRulesReader.read(JSON.readTree(doc(value))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowScoreRate must lie in (0, 1]");
    }

    @Test
    void aMissingOrNonNumericRateIsRefused() {
        assertThatThrownBy(() -> ApplicationRulesReader.read(JSON.readTree(doc(null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowScoreRate missing");
        assertThatThrownBy(() -> ApplicationRulesReader.read(JSON.readTree(doc("\"85%\""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowScoreRate missing");
    }

    @Test
    void aWrongFileIsNamedInTheMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad-rules.json"), doc("1.5"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ApplicationRulesReader.readAll("file:" + dir.toAbsolutePath() + "/*.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad-rules.json").hasMessageContaining("lowScoreRate");
    }
}
