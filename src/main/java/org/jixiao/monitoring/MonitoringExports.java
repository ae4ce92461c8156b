package org.jixiao.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.monitoring.domain.Rates;
import org.jixiao.shared.Amount;

/**
 * The 运行监控 table as .xlsx: sheet 汇总 (one row per project: budgets, spent, rate, 年度平均执行率, lamp) and sheet
 * 分月 (one row per project and month). Money as numbers in 元; rates as percentages rounded half-up to two
 * decimals (the display rounding; the exact values are in the API).
 */
public final class MonitoringExports {

    private MonitoringExports() {
    }

    public static byte[] xlsx(MonitoringTable table) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));

            Sheet summary = book.createSheet("汇总");
            int r = 0;
            title(summary.createRow(r++), bold, table.unit().name() + " " + table.year().value() + "年度绩效运行监控"
                    + (table.reportedThrough() > 0 ? "（1–" + table.reportedThrough() + "月）" : ""));
            title(summary.createRow(r++), null, "预警规则：" + (table.rulesId() == null ? "无" : table.rulesName()
                    + "（" + table.rulesId() + "）"));
            header(summary.createRow(r++), bold, "项目编码", "项目名称", "年初预算（元）", "调整后预算（元）", "累计支出（元）",
                    "累计执行率（%）", "序时进度（%）", "年度平均执行率（%）", "预警灯", "依据");
            for (ProjectMonitoring p : table.projects()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(p.code());
                row.createCell(1).setCellValue(p.name());
                amount(row, 2, p.initialBudget(), money);
                amount(row, 3, p.currentBudget(), money);
                amount(row, 4, p.spent(), money);
                p.latest().ifPresent(m -> {
                    percent(row, 5, m.rate());
                    percent(row, 6, m.timeProgress());
                });
                percent(row, 7, p.averageRate());
                row.createCell(8).setCellValue(p.lamp().map(l -> l.lampLabel()).orElse(""));
                row.createCell(9).setCellValue(p.assessment() == null ? "" : p.assessment().render());
            }

            Sheet months = book.createSheet("分月");
            r = 0;
            header(months.createRow(r++), bold, "项目编码", "项目名称", "月份", "当月支出（元）", "累计支出（元）",
                    "调整后预算（元）", "累计执行率（%）", "序时进度（%）", "计划进度（%）");
            for (ProjectMonitoring p : table.projects()) {
                for (ProjectMonitoring.MonthFigures m : p.months()) {
                    Row row = months.createRow(r++);
                    row.createCell(0).setCellValue(p.code());
                    row.createCell(1).setCellValue(p.name());
                    row.createCell(2).setCellValue(m.month());
                    amount(row, 3, m.spent(), money);
                    amount(row, 4, m.cumulative(), money);
                    amount(row, 5, m.budget(), money);
                    percent(row, 6, m.rate());
                    percent(row, 7, m.timeProgress());
                    percent(row, 8, m.planned());
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void title(Row row, CellStyle style, String text) {
        row.createCell(0).setCellValue(text);
        if (style != null) {
            row.getCell(0).setCellStyle(style);
        }
    }

    private static void header(Row row, CellStyle bold, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(bold);
        }
    }

    private static void amount(Row row, int column, Amount amount, CellStyle money) {
        if (amount != null) {
            row.createCell(column).setCellValue(amount.yuan().doubleValue());
            row.getCell(column).setCellStyle(money);
        }
    }

    private static void percent(Row row, int column, BigDecimal fraction) {
        if (fraction != null) {
            row.createCell(column).setCellValue(Rates.percentDisplay(fraction).doubleValue());
        }
    }
}
