/**
 * 导入导出: goal tables in and out as office files. Exports one goal table or a whole unit-year (a 绩效目标申报
 * book) as an .xlsx in the Jixiao template ({@code docs/exchange.md}) or as a .docx laid out like the official
 * document; imports the .xlsx template through a server-side preview that is committed in one transaction.
 * Owns no tables: it reads and writes goal tables only through {@link org.jixiao.goals.GoalTableQueries} and
 * {@link org.jixiao.goals.GoalTableManagement}, units through {@link org.jixiao.orgs.OrgQueries}. Nothing depends
 * on it.
 */
package org.jixiao.exchange;
