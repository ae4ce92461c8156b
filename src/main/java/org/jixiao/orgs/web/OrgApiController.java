package org.jixiao.orgs.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.platform.ApiController;
import org.springframework.web.bind.annotation.GetMapping;

/** REST API of organizations. */
@ApiController("/api/v1")
@Tag(name = "单位", description = "财政区划内的预算单位")
class OrgApiController {

    private final OrgQueries orgs;

    OrgApiController(OrgQueries orgs) {
        this.orgs = orgs;
    }

    @GetMapping("/units")
    @Operation(summary = "数据范围内的全部预算单位")
    List<UnitDocument> units(OrgScope scope) {
        return orgs.budgetUnits(scope).stream().map(UnitDocument::of).toList();
    }

    record UnitDocument(String unitCode, String unitName, String kind, String regionCode, String regionName,
                        String parentCode) {
        static UnitDocument of(OrgView v) {
            return new UnitDocument(v.code(), v.name(), v.kind(), v.regionCode(), v.regionName(), v.parentCode());
        }
    }
}
