package org.jixiao.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;

/**
 * All configured chains; picks the most specific one for a 财政区划 and year. Exactly one default (no region,
 * no year) is required so that every subject has a chain, and no two chains share a key, so the choice is
 * never ambiguous.
 */
public record ReviewChains(List<ReviewChain> chains) {

    public ReviewChains {
        chains = List.copyOf(chains);
        List<Violation> violations = new ArrayList<>();
        long defaults = chains.stream().filter(c -> c.region() == null && c.year() == null).count();
        if (defaults != 1) {
            violations.add(Violation.of("review.chains.default-count", "chains", defaults));
        }
        for (int i = 0; i < chains.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (Objects.equals(chains.get(i).region(), chains.get(j).region())
                        && Objects.equals(chains.get(i).year(), chains.get(j).year())) {
                    violations.add(Violation.of("review.chains.duplicate-key", "chains[" + i + "]",
                            keyPart(chains.get(i).region()), keyPart(chains.get(i).year())));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Violation arguments cannot be null; "*" reads as "any" in the message. */
    private static String keyPart(Object regionOrYear) {
        return regionOrYear == null ? "*" : regionOrYear.toString();
    }

    /** The chain that applies to {@code region} in {@code year}: the most specific match, else the default. */
    public ReviewChain forRegion(RegionCode region, FiscalYear year) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(year, "year");
        ReviewChain best = null;
        for (ReviewChain chain : chains) {
            if (chain.appliesTo(region, year) && (best == null || chain.specificity() > best.specificity())) {
                best = chain;
            }
        }
        return best; // never null: the default applies to everything
    }
}
