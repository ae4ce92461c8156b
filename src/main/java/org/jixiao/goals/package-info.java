/**
 * 绩效目标表: goal tables of budget projects and of whole departments — goal text items and the three-level
 * indicator tree. Owns tables {@code goal_*}; publishes {@link org.jixiao.goals.GoalTableQueries} and
 * {@link org.jixiao.goals.GoalTableManagement}, and loads the demo data of seed 001 on first start.
 */
package org.jixiao.goals;
