package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.ScoringTemplateWriter;
import org.jixiao.scoring.domain.DepartmentTemplateCatalog;
import org.jixiao.shared.FiscalYear;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The department templates a unit may use: its own designs (模板设计, stored per version) and the shipped ones in
 * force for its 财政区划 and year ({@link DepartmentTemplateCatalog}). A unit's own design covering the year comes
 * first, so it becomes the default for a new self-evaluation.
 */
@Component
class DepartmentTemplates {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final DepartmentTemplateCatalog shipped;
    private final DepartmentTemplateDesigns designs;

    DepartmentTemplates(DepartmentTemplateCatalog shipped, DepartmentTemplateDesigns designs) {
        this.shipped = shipped;
        this.designs = designs;
    }

    DepartmentTemplateCatalog shipped() {
        return shipped;
    }

    Optional<DepartmentTemplateCatalog.Entry> find(String id, int version) {
        return shipped.find(id, version).or(() -> designs.find(id, version).map(DepartmentTemplates::entry));
    }

    /** The unit's own designs covering the year (latest versions), then the shipped templates in force. */
    List<DepartmentTemplateCatalog.Entry> inForce(String unitCode, RegionCode region, FiscalYear year) {
        List<DepartmentTemplateCatalog.Entry> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (unitCode != null) {
            for (DepartmentTemplateDesigns.Design d : designs.latestOf(unitCode)) {
                DepartmentTemplateCatalog.Entry e = entry(d);
                if (e.covers(year) && ids.add(e.template().id())) {
                    result.add(e);
                }
            }
        }
        for (DepartmentTemplateCatalog.Entry e : shipped.inForce(region, year)) {
            if (ids.add(e.template().id())) {
                result.add(e);
            }
        }
        return result;
    }

    Optional<DepartmentTemplateCatalog.Entry> latestInForce(String id, String unitCode, RegionCode region,
                                                             FiscalYear year) {
        return inForce(unitCode, region, year).stream().filter(e -> e.template().id().equals(id)).findFirst();
    }

    Optional<DepartmentTemplateCatalog.Entry> preferred(String unitCode, RegionCode region, FiscalYear year) {
        return inForce(unitCode, region, year).stream().findFirst();
    }

    /** Whether {@code id} is a unit's design (not shipped). */
    boolean isDesign(String id) {
        return shipped.entries().stream().noneMatch(e -> e.template().id().equals(id));
    }

    static DepartmentTemplateCatalog.Entry entry(DepartmentTemplateDesigns.Design d) {
        return new DepartmentTemplateCatalog.Entry(
                ScoringTemplateWriter.read(JSON.readTree(d.body()), "template " + d.templateId() + " v" + d.version()),
                d.version(), Optional.of(new RegionCode(d.regionCode())), d.fromYear(), Optional.empty());
    }
}
