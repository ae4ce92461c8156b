package org.jixiao.indicators.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.indicators.domain.Level2Category.*;

class TaxonomyTests {

    @Test
    void level1CategoriesCarryTheirStandardLabels() {
        assertThat(Level1Category.values()).extracting(Level1Category::label)
                .containsExactly("产出指标", "效益指标", "满意度指标", "成本指标");
    }

    @Test
    void level2CategoriesSitUnderTheirLevel1() {
        assertThat(Level2Category.childrenOf(Level1Category.OUTPUT))
                .containsExactly(QUANTITY, QUALITY, TIMELINESS, OUTPUT_COST);
        assertThat(Level2Category.childrenOf(Level1Category.BENEFIT))
                .containsExactly(ECONOMIC_BENEFIT, SOCIAL_BENEFIT, ECOLOGICAL_BENEFIT, SUSTAINABLE_IMPACT);
        assertThat(Level2Category.childrenOf(Level1Category.SATISFACTION)).containsExactly(SERVICE_SATISFACTION);
        assertThat(Level2Category.childrenOf(Level1Category.COST))
                .containsExactly(ECONOMIC_COST, SOCIAL_COST, ECOLOGICAL_COST);
    }

    @Test
    void level2CategoriesCarryTheirStandardLabels() {
        assertThat(Level2Category.values()).extracting(Level2Category::label).containsExactly(
                "数量指标", "质量指标", "时效指标", "成本指标",
                "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
                "服务对象满意度指标",
                "经济成本指标", "社会成本指标", "生态环境成本指标");
    }

    @Test
    void theLegacyCostSitsUnderOutput() {
        assertThat(OUTPUT_COST.parent()).isEqualTo(Level1Category.OUTPUT);
        assertThat(OUTPUT_COST.label()).isEqualTo(Level1Category.COST.label());
    }
}
