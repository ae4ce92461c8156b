/**
 * 整改 and 结果应用: problems (问题) found by checks, monitoring, self-evaluation, the finance bureau or an audit,
 * with their measures (整改措施), owner (责任人), deadline (时限), progress notes, closing evidence (佐证材料) and
 * verification (销号); every transition kept in a history. Quarterly reviews (季度复盘) and the result application
 * that drafts next year's goal tables from last year's with suggestions (优先保障/保障/压缩/取消/核减/调高目标).
 * Owns tables {@code rect_*}; publishes {@link org.jixiao.rectification.RectificationQueries} (also what the
 * 整改报告 of the reports module reads) and {@link org.jixiao.rectification.RectificationManagement}.
 */
package org.jixiao.rectification;
