package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.DepartmentScorer;
import org.jixiao.scoring.domain.DepartmentTemplate;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.scoring.domain.TemplateNode;
import org.jixiao.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every shipped department template written back to JSON and read again is the same template: same scores. */
class ScoringTemplateWriterTests {

    @Test
    void shippedTemplatesSurviveAWriteAndReadRoundTrip() {
        for (DepartmentTemplate template : ScoringTemplateReader.shippedDepartmentTemplates()) {
            String json = ScoringTemplateWriter.write(template).toString();
            DepartmentTemplate again = ScoringTemplateWriter.read(JsonMapper.builder().build().readTree(json), "again");

            assertThat(again).as(template.id()).isEqualTo(template);
            assertThat(ScoringTemplateWriter.write(again).toString()).isEqualTo(json);
        }
    }

    @Test
    void seed002ScoresTheSameOnTheWrittenCopy() {
        DepartmentTemplate shipped = ScoringTemplateReader.readDepartment(
                ScoringTemplateReader.shippedResource("panyu-2024-department.json"));
        DepartmentTemplate copy = ScoringTemplateWriter.read(ScoringTemplateWriter.write(shipped), "copy");
        ScoringPolicy policy = ScoringPolicyReader.shipped().inForce(new RegionCode("440113"), FiscalYear.of(2024))
                .orElseThrow();

        DepartmentScore score = new DepartmentScorer().score(PanyuSeed002Tests.seed002Inputs(), copy, policy);

        assertThat(score.total()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("93.94"));
        assertThat(copy.leaves()).extracting(TemplateNode::criteria)
                .containsExactlyElementsOf(shipped.leaves().stream().map(TemplateNode::criteria).toList());
    }
}
