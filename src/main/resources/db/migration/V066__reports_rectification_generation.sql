-- The 整改报告 (rectification report) is kept like the other generated reports.
alter table rpt_generation drop constraint rpt_generation_kind_ck;
alter table rpt_generation add constraint rpt_generation_kind_ck check (kind in ('REPORT_DOCX', 'REPORT_PDF',
    'TABLES_XLSX', 'PROJECT_XLSX', 'PROJECT_DOCX', 'PROJECT_PDF', 'RECTIFICATION_DOCX', 'RECTIFICATION_PDF'));
