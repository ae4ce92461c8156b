package org.jixiao.scoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;

/**
 * Every department template known, each with its version and where and when it applies (财政区划 and years, like
 * a {@link ScoringPolicy}). {@link #inForce} lists the templates a unit may choose from: the region's own first
 * (a 9-digit 一体化 code matches its 6-digit region), then the national ones; {@link #preferred} is the first.
 */
public record DepartmentTemplateCatalog(List<Entry> entries) {

    public DepartmentTemplateCatalog {
        entries = List.copyOf(entries);
        Set<String> keys = new HashSet<>();
        for (Entry entry : entries) {
            if (!keys.add(entry.template().id() + "@" + entry.version())) {
                throw new IllegalArgumentException("template version given twice: " + entry.template().id() + " v"
                        + entry.version());
            }
        }
    }

    /**
     * One template version and where it applies.
     *
     * @param region empty: every region (national)
     * @param until  last year, empty: open-ended
     */
    public record Entry(DepartmentTemplate template, int version, Optional<RegionCode> region, int from,
                        Optional<Integer> until) {
        public Entry {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(until, "until");
            if (version < 1) {
                throw new IllegalArgumentException("a template version starts at 1: " + template.id());
            }
        }

        public boolean covers(FiscalYear year) {
            return year.value() >= from && until.map(u -> year.value() <= u).orElse(true);
        }

        boolean appliesTo(RegionCode unitRegion) {
            return region.map(r -> unitRegion.value().startsWith(r.value())).orElse(true);
        }
    }

    /** A template version by id and version. */
    public Optional<Entry> find(String id, int version) {
        return entries.stream().filter(e -> e.template().id().equals(id) && e.version() == version).findFirst();
    }

    /** The latest version of a template in force for the region and year. */
    public Optional<Entry> latestInForce(String id, RegionCode region, FiscalYear year) {
        return inForce(region, year).stream().filter(e -> e.template().id().equals(id)).findFirst();
    }

    /**
     * The templates a unit of {@code region} may use for {@code year}: the region's own (latest start first), then
     * the national ones; of each template id only its latest version.
     */
    public List<Entry> inForce(RegionCode region, FiscalYear year) {
        Comparator<Entry> latest = Comparator.comparingInt(Entry::from).thenComparingInt(Entry::version).reversed();
        List<Entry> own = entries.stream().filter(e -> e.region().isPresent() && e.appliesTo(region) && e.covers(year))
                .sorted(latest).toList();
        List<Entry> national = entries.stream().filter(e -> e.region().isEmpty() && e.covers(year)).sorted(latest)
                .toList();
        List<Entry> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Entry e : own) {
            if (ids.add(e.template().id())) {
                result.add(e);
            }
        }
        for (Entry e : national) {
            if (ids.add(e.template().id())) {
                result.add(e);
            }
        }
        return result;
    }

    /** The template a unit of {@code region} uses for {@code year} unless it chooses another. */
    public Optional<Entry> preferred(RegionCode region, FiscalYear year) {
        return inForce(region, year).stream().findFirst();
    }
}
