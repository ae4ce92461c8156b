package org.jixiao.review;

import java.util.Objects;

import org.jixiao.shared.FiscalYear;

/**
 * One review subject as the workflow sees it.
 *
 * @param unitCode the budget unit the subject belongs to (its data scope, and the 财政区划 choosing the chain)
 * @param year     the subject's fiscal year (choosing the chain)
 * @param title    what the 待办 list shows, e.g. the project name
 * @param unitName the unit's name, for the 待办 list
 * @param link     the subject's page, e.g. {@code /goal-tables/12}; the review pages redirect there
 * @param rows     how many rows an opinion may name (indicator rows, 0-based in the API); 0 for none
 */
public record ReviewSubjectInfo(String unitCode, FiscalYear year, String title, String unitName, String link,
                                int rows) {

    public ReviewSubjectInfo {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(title, "title");
        unitName = unitName == null ? "" : unitName;
        Objects.requireNonNull(link, "link");
        if (rows < 0) {
            throw new IllegalArgumentException("rows " + rows);
        }
    }
}
