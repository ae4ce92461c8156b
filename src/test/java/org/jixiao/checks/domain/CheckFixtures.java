package org.jixiao.checks.domain;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.testsupport.DemoTables;

/**
 * Goal tables for rule tests, built the way a unit types them (labels and values as text, parsed like user
 * input): {@code CheckFixtures.project("消火栓建设及维护经费").budget("50.00").row(...).build()}.
 */
public final class CheckFixtures {

    private static final GoalTableInputParser PARSER = new GoalTableInputParser(LabelNormalizer.defaults());

    private String kind = "PROJECT";
    private int year = 2024;
    private String code = "P0000000001";
    private final String name;
    private String budget;
    private String fiscal;
    private String other;
    private String purpose;
    private final List<GoalTableInput.PlanPoint> plan = new ArrayList<>();
    private final List<String> goals = new ArrayList<>();
    private final List<GoalTableInput.IndicatorRow> rows = new ArrayList<>();

    private CheckFixtures(String name) {
        this.name = name;
    }

    public static CheckFixtures project(String name) {
        return new CheckFixtures(name);
    }

    public static CheckFixtures department() {
        CheckFixtures f = new CheckFixtures(null);
        f.kind = "DEPARTMENT";
        return f;
    }

    /** The ten tables of seed 001 (department first), as checked in production. */
    public static List<CheckedTable> seed001() {
        return DemoTables.parsed().stream().map(CheckFixtures::toChecked).toList();
    }

    public static CheckedTable toChecked(ParsedGoalTable t) {
        return new CheckedTable(t.kind(), t.year(), t.unitCode(), t.project(), t.content());
    }

    public CheckFixtures code(String code) { this.code = code; return this; }
    public CheckFixtures year(int year) { this.year = year; return this; }
    public CheckFixtures purpose(String purpose) { this.purpose = purpose; return this; }

    /** 预算数 with 财政资金 equal to it. */
    public CheckFixtures budget(String wan) {
        this.budget = wan;
        this.fiscal = wan;
        return this;
    }

    public CheckFixtures funding(String budgetWan, String fiscalWan, String otherWan) {
        this.budget = budgetWan;
        this.fiscal = fiscalWan;
        this.other = otherWan;
        return this;
    }

    /** Month and cumulative percent pairs: {@code plan(3, 30, 6, 60, 10, 80, 12, 100)}. */
    public CheckFixtures plan(int... monthPercent) {
        for (int i = 0; i < monthPercent.length; i += 2) {
            plan.add(new GoalTableInput.PlanPoint(Integer.toString(monthPercent[i]), Integer.toString(monthPercent[i + 1])));
        }
        return this;
    }

    public CheckFixtures goals(String... texts) {
        goals.addAll(List.of(texts));
        return this;
    }

    public CheckFixtures row(String level1, String level2, String name, String description, String value, String basis) {
        rows.add(new GoalTableInput.IndicatorRow(level1, level2, name, description, value, basis, null, null, null, null));
        return this;
    }

    public CheckedTable build() {
        boolean project = kind.equals("PROJECT");
        ParsedGoalTable parsed = PARSER.parse(new GoalTableInput(kind, Integer.toString(year), "807001",
                project ? code : null, project ? name : null, budget, fiscal, other, purpose, plan, goals, rows, null));
        if (parsed.kind() != (project ? GoalTableKind.PROJECT : GoalTableKind.DEPARTMENT)) {
            throw new IllegalStateException("fixture kind mismatch");
        }
        return toChecked(parsed);
    }
}
