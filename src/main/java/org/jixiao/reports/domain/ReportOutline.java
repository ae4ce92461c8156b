package org.jixiao.reports.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 报告提纲: the sections of the 部门整体支出绩效自评报告 in order, as data per 财政区划 (a finance bureau ships its own
 * outline; the default follows seeds 003 and 004). Each section has a heading level (1: 一、… 2: （一）…), a title
 * and what fills it: data the system holds ({@link Content}) or a narrative the unit writes ({@code narrative}
 * key, with the label the narrative form shows).
 *
 * @param region the 财政区划 code it applies to; empty for the default
 */
public record ReportOutline(String id, String name, Optional<String> region, String title, List<Section> sections) {

    public ReportOutline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /** What fills a section. */
    public enum Content {
        /** Only the heading; the following sections carry the content. */
        HEADING,
        /** 机构设置, 人员编制/实有, 主要职能 (entered basics). */
        UNIT_FACTS,
        /** 收入/支出, 基本/项目支出, 结转结余, 预算调整率, 三公经费 (entered basics; rates derived). */
        BUDGET,
        /** The department goal table: its goals and indicators. */
        DEPARTMENT_GOALS,
        /** Total score and grade of the department self-evaluation, and the projects' totals. */
        RESULT,
        /** Every goal (indicator) with its target and what was completed. */
        GOALS_VS_COMPLETION,
        /** Every indicator's weight, score and basis. */
        SCORES,
        /** Execution by month and score by 一级指标, drawn as images. */
        CHARTS,
        /** Text written by the unit (or the generated draft). */
        NARRATIVE
    }

    /**
     * @param narrative key of the narrative (for {@link Content#NARRATIVE}), else null
     * @param hint      what the unit is asked to write there (shown on the narrative form)
     */
    public record Section(int level, String title, Content content, String narrative, String hint) {
        public Section {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(content, "content");
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("level 1–3: " + level);
            }
            if ((content == Content.NARRATIVE) != (narrative != null && !narrative.isBlank())) {
                throw new IllegalArgumentException("a NARRATIVE section and only it has a narrative key: " + title);
            }
        }
    }

    /** The narrative sections, in order. */
    public List<Section> narratives() {
        return sections.stream().filter(s -> s.content() == Content.NARRATIVE).toList();
    }

    public Optional<Section> narrative(String key) {
        return narratives().stream().filter(s -> s.narrative().equals(key)).findFirst();
    }
}
