package org.jixiao.checks.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.goals.GoalTableJsonReader;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.shared.ValidationException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled evaluation set of the goal checks (智能审核): unit-years of goal tables written the way units write
 * them, each with the defects a careful finance-bureau reviewer finds ({@link Label}) and, for information, rows
 * that resemble a defect but are correct ({@link Lookalike}).
 *
 * <p>The files live in {@code src/test/resources/checks/evaluation/} and are listed, in order, in
 * {@value #INDEX} (no classpath scanning). One file is one unit and year:
 * <pre>{@code
 * {"name": "…", "source": "seed 001 / written like …",
 *  "tables": [ goal-table documents in the REST/demo format (kind, fiscalYear, unitCode, projectCode, …) ],
 *  "labels": [ {"projectCode": "…" (null: the department table), "row": 3 (0-based; null: table-level),
 *               "indicator": "发放成功率" (optional: the 三级 name at that row, checked, so that a shifted row is caught),
 *               "rule": "COMPARATOR_DIRECTION", "note": "why",
 *               "alternatives": ["…"] (optional: other rules that describe the same defect),
 *               "alsoRows": [1] (optional: the defect spans these rows too, e.g. the other copy of a duplicate),
 *               "goal": 1 (optional, GOAL_NOT_COVERED: the uncovered goal, for information)} ],
 *  "lookalikes": [ {"projectCode", "row", "indicator", "rule", "note"} ]}
 * }</pre>
 * Tables are parsed exactly as the application parses them: {@link GoalTableJsonReader} then
 * {@link GoalTableInputParser} with {@link LabelNormalizer#defaults()}.
 */
public final class EvaluationSet {

    /** The list of files, relative to its own folder. */
    public static final String INDEX = "/checks/evaluation/index.json";

    private static final String FOLDER = "/checks/evaluation/";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final GoalTableInputParser PARSER = new GoalTableInputParser(LabelNormalizer.defaults());

    private EvaluationSet() {
    }

    /**
     * One labelled defect: a finding of {@link #rule} (or of one of the {@link #alternatives}) on the table of
     * {@link #projectCode} should report it — at {@link #row} (or one of {@link #alsoRows}), or anywhere in the
     * table when {@link #row} is null.
     */
    public record Label(String projectCode, Integer row, String indicator, RuleId rule, String note,
                        Set<RuleId> alternatives, Set<Integer> alsoRows, Integer goal) {

        public Label {
            Objects.requireNonNull(rule, "rule");
            note = note == null ? "" : note;
            alternatives = alternatives.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(alternatives));
            alsoRows = Set.copyOf(alsoRows);
        }

        /** Whether a finding of {@code findingRule} may report this defect (its rule or an alternative). */
        public boolean accepts(RuleId findingRule) {
            return rule == findingRule || alternatives.contains(findingRule);
        }

        /** Whether a finding at {@code findingRow} (null: table-level) is at the right place. */
        public boolean covers(Integer findingRow) {
            if (row == null) {
                return true;
            }
            return findingRow != null && (findingRow.equals(row) || alsoRows.contains(findingRow));
        }

        public boolean tableLevel() {
            return row == null;
        }

        /** Every row the label points at: {@link #row} and {@link #alsoRows}; empty for a table-level label. */
        public Set<Integer> rows() {
            if (row == null) {
                return Set.of();
            }
            Set<Integer> rows = new LinkedHashSet<>();
            rows.add(row);
            rows.addAll(alsoRows);
            return rows;
        }
    }

    /** A row (or, with row null, a table) that looks like a defect of {@code rule} but is correct. */
    public record Lookalike(String projectCode, Integer row, String indicator, RuleId rule, String note) {
    }

    /** One labelled unit-year: its tables in file order, parsed, and the labels. */
    public record UnitYear(String file, String name, String source, List<CheckedTable> tables, List<Label> labels,
                           List<Lookalike> lookalikes) {

        public UnitYear {
            tables = List.copyOf(tables);
            labels = List.copyOf(labels);
            lookalikes = List.copyOf(lookalikes);
        }

        /** The table of {@code projectCode} (null: the department table). */
        public Optional<CheckedTable> table(String projectCode) {
            return tables.stream().filter(t -> Objects.equals(t.projectCode(), projectCode)).findFirst();
        }

        /** The labels of the table of {@code projectCode}. */
        public List<Label> labelsOf(String projectCode) {
            return labels.stream().filter(l -> Objects.equals(l.projectCode(), projectCode)).toList();
        }
    }

    /** The file names listed in {@value #INDEX}. */
    public static List<String> files() {
        JsonNode index = read(INDEX);
        if (!index.isArray()) {
            throw new IllegalStateException(INDEX + " must be an array of file names");
        }
        List<String> files = new ArrayList<>();
        for (JsonNode f : index) {
            files.add(f.asString());
        }
        return files;
    }

    /** Every unit-year of the set, in index order. */
    public static List<UnitYear> load() {
        return files().stream().map(EvaluationSet::load).toList();
    }

    /**
     * One file of the set.
     *
     * @throws IllegalStateException naming the file and place, when a table does not parse or a label is malformed
     */
    public static UnitYear load(String file) {
        JsonNode root = read(FOLDER + file);
        List<CheckedTable> tables = new ArrayList<>();
        JsonNode tablesNode = root.path("tables");
        for (int i = 0; i < tablesNode.size(); i++) {
            tables.add(parseTable(tablesNode.get(i), file + ": tables[" + i + "]"));
        }
        List<Label> labels = new ArrayList<>();
        JsonNode labelsNode = root.path("labels");
        for (int i = 0; i < labelsNode.size(); i++) {
            labels.add(parseLabel(labelsNode.get(i), file + ": labels[" + i + "]"));
        }
        List<Lookalike> lookalikes = new ArrayList<>();
        JsonNode lookNode = root.path("lookalikes");
        for (int i = 0; i < lookNode.size(); i++) {
            JsonNode l = lookNode.get(i);
            String where = file + ": lookalikes[" + i + "]";
            lookalikes.add(new Lookalike(text(l, "projectCode"), integer(l, "row", where), text(l, "indicator"),
                    rule(l.get("rule"), where), text(l, "note")));
        }
        return new UnitYear(file, text(root, "name"), text(root, "source"), tables, labels, lookalikes);
    }

    /** Parses one goal-table document as the application does. */
    static CheckedTable parseTable(JsonNode document, String where) {
        GoalTableJsonReader reader = new GoalTableJsonReader();
        GoalTableInput input = reader.read(document);
        if (!reader.violations().isEmpty()) {
            throw new IllegalStateException(where + ": JSON type errors " + reader.violations());
        }
        ParsedGoalTable parsed;
        try {
            parsed = PARSER.parse(input);
        } catch (ValidationException e) {
            throw new IllegalStateException(where + " (" + input.projectName() + "): does not parse: " + e.violations(), e);
        }
        return new CheckedTable(parsed.kind(), parsed.year(), parsed.unitCode(), parsed.project(), parsed.content());
    }

    private static Label parseLabel(JsonNode node, String where) {
        Set<RuleId> alternatives = EnumSet.noneOf(RuleId.class);
        for (JsonNode a : node.path("alternatives")) {
            alternatives.add(rule(a, where + ".alternatives"));
        }
        Set<Integer> alsoRows = new LinkedHashSet<>();
        for (JsonNode r : node.path("alsoRows")) {
            if (!r.isIntegralNumber()) {
                throw new IllegalStateException(where + ".alsoRows: not a row index: " + r);
            }
            alsoRows.add(r.intValue());
        }
        return new Label(text(node, "projectCode"), integer(node, "row", where), text(node, "indicator"),
                rule(node.get("rule"), where), text(node, "note"), alternatives, alsoRows, integer(node, "goal", where));
    }

    private static RuleId rule(JsonNode node, String where) {
        String name = node == null || node.isNull() ? null : node.asString();
        if (name == null) {
            throw new IllegalStateException(where + ": rule missing");
        }
        try {
            return RuleId.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown rule " + name, e);
        }
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static Integer integer(JsonNode parent, String field, String where) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            throw new IllegalStateException(where + "." + field + ": not an integer: " + node);
        }
        return node.intValue();
    }

    private static JsonNode read(String resource) {
        try (InputStream in = EvaluationSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
