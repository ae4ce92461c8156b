package org.jixiao.monitoring.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;

/**
 * All lamp rule versions known; picks the one in force for a 财政区划 and year: the most specific region's own
 * version covering the year (a county's over its city's over its province's), else the national default. A
 * region code stands for its area: 510000 (四川省) covers 511421 (青神县) and 511421000; trailing "00" pairs are
 * the area's level, not digits to match.
 */
public record LampRulesCatalog(List<LampRules> versions) {

    public LampRulesCatalog {
        versions = List.copyOf(versions);
        Set<String> ids = new HashSet<>();
        for (LampRules rules : versions) {
            if (!ids.add(rules.id())) {
                throw new IllegalArgumentException("lamp rules id used twice: " + rules.id());
            }
        }
    }

    public Optional<LampRules> byId(String id) {
        return versions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The version in force; among equally specific regions the latest-starting version wins. */
    public Optional<LampRules> inForce(RegionCode region, FiscalYear year) {
        Optional<LampRules> own = versions.stream()
                .filter(r -> r.region().isPresent() && covers(r.region().get(), region) && r.covers(year))
                .max(Comparator.<LampRules>comparingInt(r -> prefix(r.region().get()).length())
                        .thenComparing(LampRules::from));
        return own.isPresent() ? own
                : versions.stream().filter(r -> r.region().isEmpty() && r.covers(year))
                        .max(Comparator.comparing(LampRules::from));
    }

    static boolean covers(RegionCode area, RegionCode region) {
        return region.value().startsWith(prefix(area));
    }

    /** 510000 → 51, 511400 → 5114, 511421 → 511421, 511421000 → 511421000 (at least the province's two digits). */
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
