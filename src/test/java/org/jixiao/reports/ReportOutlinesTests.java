package org.jixiao.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.reports.domain.ReportOutline;
import org.junit.jupiter.api.Test;

class ReportOutlinesTests {

    @Test
    void theShippedOutlinesAreReadAndChosenByRegion() {
        ReportOutlines outlines = new ReportOutlines();
        assertThat(outlines.all()).hasSizeGreaterThanOrEqualTo(2);
        ReportOutline fallback = outlines.forRegion("130529");
        assertThat(fallback.region()).isEmpty();
        assertThat(fallback.narratives()).extracting(ReportOutline.Section::narrative)
                .containsExactly("work", "process", "practices", "problems", "measures", "other");
        assertThat(fallback.sections()).extracting(ReportOutline.Section::content)
                .contains(ReportOutline.Content.UNIT_FACTS, ReportOutline.Content.BUDGET, ReportOutline.Content.SCORES,
                        ReportOutline.Content.CHARTS, ReportOutline.Content.GOALS_VS_COMPLETION);
        ReportOutline kunming = outlines.forRegion("530100");
        assertThat(kunming.region()).contains("530100");
        assertThat(kunming.sections().get(0).title()).isEqualTo("一、部门概况");
        assertThat(kunming.narrative("other")).isEmpty();
    }
}
