package org.jixiao.checks;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.Segmenter;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.checks.domain.UnitRule;

/**
 * The engines the benchmarks measure, built as {@code ChecksConfiguration} builds the application's: the mechanical
 * rules alone, and the full set (mechanical + semantic, HanLP segmentation). The rule factories are looked up by
 * name so that the benchmarks compile whatever rule families exist yet; a missing one fails the benchmark.
 */
final class RuleSets {

    private RuleSets() {
    }

    static CheckEngine mechanical(RuleConfig config) {
        return new CheckEngine(config, tableRules("MechanicalRules", config), unitRules("MechanicalRules", config),
                segmenter(config));
    }

    static CheckEngine full(RuleConfig config) {
        List<TableRule> table = new ArrayList<>(tableRules("MechanicalRules", config));
        table.addAll(tableRules("SemanticRules", config));
        List<UnitRule> unit = new ArrayList<>(unitRules("MechanicalRules", config));
        unit.addAll(unitRules("SemanticRules", config));
        return new CheckEngine(config, table, unit, segmenter(config));
    }

    @SuppressWarnings("unchecked")
    static List<TableRule> tableRules(String family, RuleConfig config) {
        return (List<TableRule>) call(family, "tableRules", config);
    }

    @SuppressWarnings("unchecked")
    static List<UnitRule> unitRules(String family, RuleConfig config) {
        return (List<UnitRule>) call(family, "unitRules", config);
    }

    private static Object call(String family, String method, RuleConfig config) {
        try {
            return Class.forName("org.jixiao.checks.domain.rules." + family).getMethod(method, RuleConfig.class)
                    .invoke(null, config);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("rule family " + family + " is not built yet", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(family + "." + method + " failed", e.getCause());
        }
    }

    static Segmenter segmenter(RuleConfig config) {
        try {
            return (Segmenter) Class.forName("org.jixiao.checks.HanlpSegmenter").getConstructor(RuleConfig.class)
                    .newInstance(config);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("HanlpSegmenter is not built yet", e);
        }
    }

    /** The rule count of an engine, for the benchmark's log. */
    static String describe(String name, RuleConfig config) {
        int table = tableRules("MechanicalRules", config).size();
        int unit = unitRules("MechanicalRules", config).size();
        if (name.equals("full")) {
            table += tableRules("SemanticRules", config).size();
            unit += unitRules("SemanticRules", config).size();
        }
        return name + ": " + table + " table rules, " + unit + " unit rules (before on/off in configuration "
                + config.version() + ")";
    }
}
