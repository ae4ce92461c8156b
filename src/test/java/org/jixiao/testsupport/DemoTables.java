package org.jixiao.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.goals.GoalTableJsonReader;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.LabelNormalizer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped demo goal tables (seed 001), parsed as the application parses them. */
public final class DemoTables {

    private DemoTables() {
    }

    public static List<GoalTableInput> inputs() {
        JsonNode tables;
        try (InputStream in = DemoTables.class.getResourceAsStream("/demo/goal-tables-807001-2024.json")) {
            tables = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GoalTableInput> inputs = new ArrayList<>();
        for (JsonNode table : tables) {
            GoalTableJsonReader reader = new GoalTableJsonReader();
            inputs.add(reader.read(table));
            if (!reader.violations().isEmpty()) {
                throw new IllegalStateException("demo JSON has type errors: " + reader.violations());
            }
        }
        return inputs;
    }

    public static List<ParsedGoalTable> parsed() {
        GoalTableInputParser parser = new GoalTableInputParser(LabelNormalizer.defaults());
        return inputs().stream().map(parser::parse).toList();
    }
}
