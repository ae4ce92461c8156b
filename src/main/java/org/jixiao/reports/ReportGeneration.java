package org.jixiao.reports;

import java.time.Instant;

/**
 * One kept generation of a report file: what, for which unit-year, the file name, size and SHA-256 of the bytes
 * handed out, the outline used and the moment the data was read ({@code dataAsOf}).
 */
public record ReportGeneration(long id, String unitCode, int year, Kind kind, String filename, String contentType,
                               long size, String sha256, String outlineId, Instant dataAsOf, String generatedBy) {

    /** {@code dataAsOf} in Beijing time, as the pages show it. */
    public String dataAsOfText() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(dataAsOf.atZone(java.time.ZoneId.of("Asia/Shanghai")));
    }

    /** What was generated. */
    public enum Kind {
        REPORT_DOCX("部门整体支出绩效自评报告（Word）"),
        REPORT_PDF("部门整体支出绩效自评报告（PDF）"),
        TABLES_XLSX("绩效自评表（Excel）"),
        PROJECT_XLSX("项目支出绩效自评表（Excel）"),
        PROJECT_DOCX("项目支出绩效自评表（Word）"),
        PROJECT_PDF("项目支出绩效自评表（PDF）"),
        RECTIFICATION_DOCX("整改报告（Word）"),
        RECTIFICATION_PDF("整改报告（PDF）");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
