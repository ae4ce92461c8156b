package org.jixiao.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.junit.jupiter.api.Test;

class ReviewChainTests {

    private static final RegionCode JULU = new RegionCode("130529");
    private static final RegionCode XINGTAI = new RegionCode("130500");

    @Test
    void theStandardChainHasTheFourSteps() {
        assertThat(ReviewChain.standard().steps()).extracting(ReviewStep::name)
                .containsExactly("业务初审", "财务复核", "绩效终审", "财政审核");
        assertThat(ReviewChain.standard().steps()).extracting(ReviewStep::permission).containsExactly(
                Permission.REVIEW_BUSINESS, Permission.REVIEW_FINANCE, Permission.REVIEW_PERFORMANCE,
                Permission.REVIEW_BUREAU);
    }

    @Test
    void anEmptyChainIsRefused() {
        assertThat(codes(List.of())).containsExactly("review.chain.empty");
        assertThatThrownBy(() -> new ReviewChain(null, null, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void blankAndRepeatedStepNamesAreRefusedWithTheirPaths() {
        List<Violation> violations = ReviewChain.validate(List.of(
                new ReviewStep("业务初审", Permission.REVIEW_BUSINESS),
                new ReviewStep("  ", Permission.REVIEW_FINANCE),
                new ReviewStep(" 业务初审 ", Permission.REVIEW_PERFORMANCE)));
        assertThat(violations).containsExactly(
                Violation.of("review.chain.step-name-blank", "steps[1].name"),
                Violation.of("review.chain.step-name-duplicate", "steps[2].name", "业务初审"));
    }

    @Test
    void theMostSpecificChainApplies() {
        ReviewChain fallback = ReviewChain.standard();
        ReviewChain julu = chain(JULU, null, "业务初审");
        ReviewChain julu2027 = chain(JULU, FiscalYear.of(2027), "财政审核");
        ReviewChain all2028 = chain(null, FiscalYear.of(2028), "绩效终审");
        ReviewChains chains = new ReviewChains(List.of(julu2027, fallback, all2028, julu));

        assertThat(chains.forRegion(JULU, FiscalYear.of(2026))).isEqualTo(julu);
        assertThat(chains.forRegion(JULU, FiscalYear.of(2027))).isEqualTo(julu2027);
        assertThat(chains.forRegion(JULU, FiscalYear.of(2028))).isEqualTo(julu); // region beats year
        assertThat(chains.forRegion(XINGTAI, FiscalYear.of(2028))).isEqualTo(all2028);
        assertThat(chains.forRegion(XINGTAI, FiscalYear.of(2026))).isEqualTo(fallback);
    }

    @Test
    void exactlyOneDefaultAndNoDuplicateKeys() {
        assertThatThrownBy(() -> new ReviewChains(List.of(chain(JULU, null, "业务初审"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("review.chains.default-count"));
        assertThatThrownBy(() -> new ReviewChains(List.of(ReviewChain.standard(), ReviewChain.standard())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code)
                        .containsExactly("review.chains.default-count", "review.chains.duplicate-key"));
        assertThatThrownBy(() -> new ReviewChains(List.of(ReviewChain.standard(), chain(JULU, null, "a"),
                chain(JULU, null, "b")))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("chains[2]"));
    }

    private static List<String> codes(List<ReviewStep> steps) {
        return ReviewChain.validate(steps).stream().map(Violation::code).toList();
    }

    private static ReviewChain chain(RegionCode region, FiscalYear year, String step) {
        return new ReviewChain(region, year, List.of(new ReviewStep(step, Permission.REVIEW_BUREAU)));
    }
}
