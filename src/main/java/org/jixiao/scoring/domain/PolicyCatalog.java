package org.jixiao.scoring.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;

/**
 * All policy versions known; picks the one in force for a 财政区划 and year: the region's own version if one
 * covers the year, else the national default that does. A 9-digit 一体化 code also matches its 6-digit region.
 */
public record PolicyCatalog(List<ScoringPolicy> policies) {

    public PolicyCatalog {
        policies = List.copyOf(policies);
        Set<String> ids = new HashSet<>();
        for (ScoringPolicy policy : policies) {
            if (!ids.add(policy.id())) {
                throw new IllegalArgumentException("policy id used twice: " + policy.id());
            }
        }
    }

    public Optional<ScoringPolicy> byId(String id) {
        return policies.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The policy in force; the latest-starting version wins where two overlap. */
    public Optional<ScoringPolicy> inForce(RegionCode region, FiscalYear year) {
        Optional<ScoringPolicy> own = latest(policies.stream()
                .filter(p -> p.region().isPresent() && matches(p.region().get(), region) && p.covers(year))
                .toList());
        return own.isPresent() ? own
                : latest(policies.stream().filter(p -> p.region().isEmpty() && p.covers(year)).toList());
    }

    private static boolean matches(RegionCode policyRegion, RegionCode region) {
        return region.value().startsWith(policyRegion.value());
    }

    private static Optional<ScoringPolicy> latest(List<ScoringPolicy> candidates) {
        return candidates.stream().max(Comparator.comparing(ScoringPolicy::from));
    }
}
