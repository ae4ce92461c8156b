package org.jixiao.rectification.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;

/**
 * Every version of the result-application rules; picks the one in force for a 财政区划 and year: the most specific
 * region's own version covering the year (a county's over its province's), else the national default. 510000
 * covers 511421; trailing "00" pairs are the area's level.
 */
public record ApplicationRulesCatalog(List<ApplicationRules> versions) {

    public ApplicationRulesCatalog {
        versions = List.copyOf(versions);
        Set<String> ids = new HashSet<>();
        for (ApplicationRules r : versions) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("application rules id used twice: " + r.id());
            }
        }
    }

    public Optional<ApplicationRules> inForce(RegionCode region, FiscalYear year) {
        Optional<ApplicationRules> own = versions.stream()
                .filter(r -> r.region().isPresent() && region.value().startsWith(prefix(r.region().get())) && r.covers(year))
                .max(Comparator.<ApplicationRules>comparingInt(r -> prefix(r.region().get()).length())
                        .thenComparingInt(ApplicationRules::from));
        return own.isPresent() ? own
                : versions.stream().filter(r -> r.region().isEmpty() && r.covers(year))
                        .max(Comparator.comparingInt(ApplicationRules::from));
    }

    /** As {@link #inForce(RegionCode, FiscalYear)}; a unit without a valid 财政区划 gets the national default. */
    public Optional<ApplicationRules> inForce(String regionCode, FiscalYear year) {
        if (regionCode != null && RegionCode.isValid(regionCode)) {
            return inForce(new RegionCode(regionCode), year);
        }
        return versions.stream().filter(r -> r.region().isEmpty() && r.covers(year))
                .max(Comparator.comparingInt(ApplicationRules::from));
    }

    static String prefix(RegionCode area) {
        String code = area.value();
        if (code.length() == 9 && code.endsWith("000")) {
            code = code.substring(0, 6);
        }
        while (code.length() > 2 && code.endsWith("00")) {
            code = code.substring(0, code.length() - 2);
        }
        return code;
    }
}
