package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The Word document follows seed 001: department goals first, then per project a heading, unit line and two tables. */
class DocxBookWriterTests {

    @Test
    void theDemoBookIsLaidOutLikeSeed001() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxBookWriter().write(ExchangeFixtures.demoBook())))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("第一部分　部门整体绩效目标", "第二部分　预算项目绩效目标",
                    "1.高危执勤补贴经费绩效目标表", "2.官亭消防站建设、运转经费绩效目标表", "807001巨鹿县消防救援大队本级\t单位：万元");
            assertThat(paragraphs.indexOf("第一部分　部门整体绩效目标")).isLessThan(paragraphs.indexOf("1.高危执勤补贴经费绩效目标表"));
            assertThat(paragraphs).anyMatch(p -> p.startsWith("以习近平新时代中国特色社会主义思想指导"));
            assertThat(doc.getTables()).hasSize(18);

            XWPFTable header = doc.getTables().get(0);
            assertThat(texts(header.getRow(0))).containsExactly("项目编码", "13052924P00584012429T", "项目名称", "高危执勤补贴经费");
            assertThat(texts(header.getRow(1))).containsExactly("预算规模及资金用途", "预算数", "73.20", "其中：财政资金", "73.20", "其他资金", "");
            assertThat(texts(header.getRow(2))).containsExactly("", "保障人员高危执勤补贴款。");
            assertThat(texts(header.getRow(3))).startsWith("资金支出计划（%）", "3月底", "6月底", "10月底", "12月底");
            assertThat(texts(header.getRow(4))).startsWith("", "30%", "60%", "80%", "100%");
            assertThat(header.getRow(5).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("1.保障单位人员工资正常发放、工作顺利进行", "2.单位正常运转", "3.上级工作任务按时完成");

            XWPFTable indicators = doc.getTables().get(1);
            assertThat(texts(indicators.getRow(0))).containsExactly("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
            assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
            assertThat(indicators.getRows()).hasSize(8);
            assertThat(texts(indicators.getRow(1))).containsExactly("产出指标", "数量指标", "人员数量", "人员经费（高危补贴）、发放人员数量", "99人", "三定方案");
            assertThat(vMerge(indicators.getRow(1).getCell(0))).isEqualTo(STMerge.RESTART);
            assertThat(vMerge(indicators.getRow(2).getCell(0))).isEqualTo(STMerge.CONTINUE);
            assertThat(vMerge(indicators.getRow(5).getCell(0))).isEqualTo(STMerge.RESTART); // 效益指标

            var page = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(page.getH()).isEqualTo(BigInteger.valueOf(16838));
        }
    }

    @Test
    void everyRunIsSetInSongtiForChineseText() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxBookWriter().write(ExchangeFixtures.demoBook())))) {
            assertThat(doc.getStyles().getDefaultRunStyle()).isNotNull();
            int runs = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                List<XWPFParagraph> paragraphs = element instanceof XWPFTable table
                        ? table.getRows().stream().flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream()).toList()
                        : List.of((XWPFParagraph) element);
                for (XWPFParagraph p : paragraphs) {
                    for (XWPFRun run : p.getRuns()) {
                        assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
                        runs++;
                    }
                }
            }
            assertThat(runs).isGreaterThan(500);
            String xml = doc.getDocument().xmlText();
            assertThat(xml).contains("w:eastAsia=\"宋体\"");
        }
    }

    @Test
    void optionalColumnsAppearOnlyWhenUsedAndThenThePageIsLandscape() throws Exception {
        ExportBook book = ExchangeFixtures.book(List.of(ExchangeFixtures.departmentWithIndicators(), ExchangeFixtures.trickyProject()));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxBookWriter().write(book)))) {
            XWPFTable departmentIndicators = doc.getTables().get(0);
            assertThat(texts(departmentIndicators.getRow(0))).hasSize(10).endsWith("评（扣）分标准");
            XWPFTable header = doc.getTables().get(1);
            assertThat(texts(header.getRow(3))).containsExactly("资金支出计划（%）", "1月底", "2月底", "3月底", "4月底", "5月底", "6月底");
            assertThat(texts(header.getRow(5))).containsExactly("", "7月底", "8月底", "9月底", "10月底", "11月底", "12月底");
            XWPFTable indicators = doc.getTables().get(2);
            assertThat(texts(indicators.getRow(1)).get(2)).isEqualTo("=HYPERLINK(\"http://evil\",\"点我\")");
            assertThat(texts(indicators.getRow(2)).get(3)).isEqualTo("多行\n描述\n第三行");
            var page = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getW()).isEqualTo(BigInteger.valueOf(16838));
        }
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static STMerge.Enum vMerge(XWPFTableCell cell) {
        var pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return null;
        }
        return pr.getVMerge().isSetVal() ? pr.getVMerge().getVal() : STMerge.CONTINUE;
    }
}
