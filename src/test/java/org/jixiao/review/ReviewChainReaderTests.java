package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.review.domain.ReviewChain;
import org.jixiao.review.domain.ReviewChains;
import org.jixiao.review.domain.ReviewStep;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class ReviewChainReaderTests {

    private final ReviewChains shipped = ReviewChainReader.defaults();

    @Test
    void theDefaultChainIsTheStandardOne() {
        ReviewChain chain = shipped.forRegion(new RegionCode("110000"), FiscalYear.of(2026));
        assertThat(chain).isEqualTo(ReviewChain.standard());
    }

    @Test
    void theExampleRegionSkipsTheFinanceStep() {
        assertThat(shipped.forRegion(new RegionCode("130531"), FiscalYear.of(2026)).steps())
                .extracting(ReviewStep::name).containsExactly("业务初审", "绩效终审", "财政审核");
        // the demo region follows the full 三级联审 + 财政审核
        assertThat(shipped.forRegion(new RegionCode("130529"), FiscalYear.of(2026))).isEqualTo(ReviewChain.standard());
    }

    @Test
    void theExampleRegionAddsAStepFromItsYear() {
        RegionCode xingtai = new RegionCode("130500");
        assertThat(shipped.forRegion(xingtai, FiscalYear.of(2027)).steps()).extracting(ReviewStep::name)
                .containsExactly("业务初审", "主管部门审核", "财务复核", "绩效终审", "财政审核");
        assertThat(shipped.forRegion(xingtai, FiscalYear.of(2026))).isEqualTo(ReviewChain.standard());
    }

    @Test
    void anUnknownPermissionNamesTheChain(@TempDir Path dir) throws Exception {
        Path file = write(dir, """
                {"chains": [{"steps": [{"name": "业务初审", "permission": "REVIEW_NOBODY"}]}]}""");
        assertThatThrownBy(() -> read(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chains[0]").hasMessageContaining("REVIEW_NOBODY");
    }

    @Test
    void aBadRegionCodeNamesTheChain(@TempDir Path dir) throws Exception {
        Path file = write(dir, """
                {"chains": [{"steps": [{"name": "a", "permission": "REVIEW_BUREAU"}]},
                            {"region": "13", "steps": [{"name": "a", "permission": "REVIEW_BUREAU"}]}]}""");
        assertThatThrownBy(() -> read(file)).hasMessageContaining("chains[1]");
    }

    @Test
    void anEmptyOrRepeatingChainIsRefused(@TempDir Path dir) throws Exception {
        Path empty = write(dir, """
                {"chains": [{"steps": []}]}""");
        assertThatThrownBy(() -> read(empty)).isInstanceOf(ValidationException.class);
    }

    private static ReviewChains read(Path file) {
        return new ReviewChainReader(new DefaultResourceLoader()).read(file.toUri().toString());
    }

    private static Path write(Path dir, String json) throws Exception {
        return Files.writeString(dir.resolve("chains.json"), json);
    }
}
