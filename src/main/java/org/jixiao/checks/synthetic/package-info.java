/**
 * 合成数据: a deterministic generator of realistic goal tables for a whole 财政区划 — departments, budget units,
 * projects with funding and spending plans, and indicator tables in the vocabulary, value forms and defect rates
 * of the seed documents — for benchmarks and load tests of the goal checks. Plain Java, no Spring, no database.
 */
package org.jixiao.checks.synthetic;
