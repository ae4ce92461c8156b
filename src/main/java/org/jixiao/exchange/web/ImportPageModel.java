package org.jixiao.exchange.web;

import org.jixiao.exchange.GoalTableImports;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/** What the upload page shows, for the page controller and for the upload-limit error that re-renders it. */
@Component
class ImportPageModel {

    static final String VIEW = "exchange/import";

    private final OrgQueries orgs;
    private final GoalTableImports imports;

    ImportPageModel(OrgQueries orgs, GoalTableImports imports) {
        this.orgs = orgs;
        this.imports = imports;
    }

    ModelMap of(String unitCode, String year, String error, OrgScope scope) {
        ModelMap model = new ModelMap();
        model.addAttribute("units", orgs.budgetUnits(scope));
        model.addAttribute("unitCode", unitCode == null ? "" : unitCode);
        model.addAttribute("year", year == null ? "" : year);
        model.addAttribute("maxSize", imports.maxUploadSize());
        model.addAttribute("maxBytes", imports.maxUploadBytes());
        model.addAttribute("error", error);
        return model;
    }
}
