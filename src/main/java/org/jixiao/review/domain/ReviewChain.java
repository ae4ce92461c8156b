package org.jixiao.review.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;

/**
 * 审核链: the ordered steps a subject passes after 送审, configured as data per 财政区划 and 年度. A missing
 * region or year means "any", so the default chain has neither.
 *
 * @param region null for every region
 * @param year   null for every year
 */
public record ReviewChain(RegionCode region, FiscalYear year, List<ReviewStep> steps) {

    /** 业务初审 → 财务复核 → 绩效终审 → 财政审核, the 三级联审 of seed 000 followed by the bureau. */
    public static final List<ReviewStep> STANDARD_STEPS = List.of(
            new ReviewStep("业务初审", Permission.REVIEW_BUSINESS),
            new ReviewStep("财务复核", Permission.REVIEW_FINANCE),
            new ReviewStep("绩效终审", Permission.REVIEW_PERFORMANCE),
            new ReviewStep("财政审核", Permission.REVIEW_BUREAU));

    public ReviewChain {
        steps = steps == null ? List.of() : List.copyOf(steps);
        List<Violation> violations = validate(steps);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** The chain for every region and year. */
    public static ReviewChain standard() {
        return new ReviewChain(null, null, STANDARD_STEPS);
    }

    /**
     * Why {@code steps} cannot form a chain: none at all, or a blank or repeated name (names identify the step
     * in decisions and history, so two steps of one name would be indistinguishable there).
     */
    public static List<Violation> validate(List<ReviewStep> steps) {
        List<Violation> violations = new ArrayList<>();
        if (steps.isEmpty()) {
            violations.add(Violation.of("review.chain.empty", "steps"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            String name = steps.get(i).name();
            if (name.isEmpty()) {
                violations.add(Violation.of("review.chain.step-name-blank", "steps[" + i + "].name"));
            } else if (!names.add(name)) {
                violations.add(Violation.of("review.chain.step-name-duplicate", "steps[" + i + "].name", name));
            }
        }
        return violations;
    }

    public ReviewStep step(int index) {
        return steps.get(index);
    }

    public int size() {
        return steps.size();
    }

    public Optional<RegionCode> regionCode() {
        return Optional.ofNullable(region);
    }

    public Optional<FiscalYear> fiscalYear() {
        return Optional.ofNullable(year);
    }

    /** Whether this chain is configured for {@code region} in {@code year} (a missing key matches all). */
    public boolean appliesTo(RegionCode region, FiscalYear year) {
        return (this.region == null || this.region.equals(region)) && (this.year == null || this.year.equals(year));
    }

    /** How narrowly the chain is configured: region and year beat region, region beats year, year beats none. */
    int specificity() {
        return (region == null ? 0 : 2) + (year == null ? 0 : 1);
    }
}
