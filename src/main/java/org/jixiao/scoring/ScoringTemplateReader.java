package org.jixiao.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.indicators.domain.Comparator;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.domain.DepartmentTemplate;
import org.jixiao.scoring.domain.DepartmentTemplateCatalog;
import org.jixiao.scoring.domain.ProjectTemplate;
import org.jixiao.scoring.domain.ScoringRule;
import org.jixiao.scoring.domain.TemplateNode;
import org.jixiao.scoring.domain.Tier;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;

/**
 * Reads scoring templates from JSON (format in docs/scoring.md): {@code "type": "DEPARTMENT"} an indicator tree
 * with a rule per leaf, {@code "type": "PROJECT"} the 一级/二级 layout of a project self-evaluation table.
 */
public final class ScoringTemplateReader {

    /** The templates shipped with Jixiao. */
    public static final String SHIPPED = "classpath*:scoring/templates/*.json";

    /** A shipped template's location by file name ({@code panyu-2024-department.json}). */
    public static Resource shippedResource(String fileName) {
        return new DefaultResourceLoader().getResource("classpath:scoring/templates/" + fileName);
    }

    /** Every shipped department template. */
    public static List<DepartmentTemplate> shippedDepartmentTemplates() {
        List<DepartmentTemplate> templates = new ArrayList<>();
        for (Resource resource : JsonSupport.list(SHIPPED)) {
            JsonNode root = JsonSupport.parse(resource);
            if ("DEPARTMENT".equals(root.path("type").asString())) {
                templates.add(department(root, resource.getDescription()));
            }
        }
        return templates;
    }

    /** Every shipped project template. */
    public static List<ProjectTemplate> shippedProjectTemplates() {
        List<ProjectTemplate> templates = new ArrayList<>();
        for (Resource resource : JsonSupport.list(SHIPPED)) {
            JsonNode root = JsonSupport.parse(resource);
            if ("PROJECT".equals(root.path("type").asString())) {
                templates.add(project(root, resource.getDescription()));
            }
        }
        return templates;
    }

    /**
     * Every department template matching {@code pattern} with its version and where it applies: {@code "version"}
     * (default 1) and {@code "applies": {"region": "440113" or null, "from": 2024, "until": null}} (default: every
     * region from 2000).
     */
    public static DepartmentTemplateCatalog departmentCatalog(String pattern) {
        List<DepartmentTemplateCatalog.Entry> entries = new ArrayList<>();
        for (Resource resource : JsonSupport.list(pattern)) {
            JsonNode root = JsonSupport.parse(resource);
            if (!"DEPARTMENT".equals(root.path("type").asString())) {
                continue;
            }
            DepartmentTemplate template = department(root, resource.getDescription());
            JsonNode applies = root.path("applies");
            JsonNode region = applies.get("region");
            JsonNode until = applies.get("until");
            entries.add(new DepartmentTemplateCatalog.Entry(template, root.path("version").asInt(1),
                    region == null || region.isNull() ? Optional.empty() : Optional.of(new RegionCode(region.asString())),
                    applies.path("from").asInt(2000),
                    until == null || until.isNull() ? Optional.empty() : Optional.of(until.asInt())));
        }
        return new DepartmentTemplateCatalog(entries);
    }

    /** A department template from its JSON (as written by {@link ScoringTemplateWriter}). */
    public static DepartmentTemplate readDepartment(JsonNode root, String where) {
        return department(root, where);
    }

    public static DepartmentTemplate readDepartment(Resource resource) {
        return department(JsonSupport.parse(resource), resource.getDescription());
    }

    public static ProjectTemplate readProject(Resource resource) {
        return project(JsonSupport.parse(resource), resource.getDescription());
    }

    private static DepartmentTemplate department(JsonNode root, String where) {
        try {
            List<TemplateNode> roots = new ArrayList<>();
            for (JsonNode node : root.path("nodes")) {
                roots.add(node(node, where));
            }
            return new DepartmentTemplate(JsonSupport.text(root, "id", where), JsonSupport.text(root, "name", where),
                    JsonSupport.optionalText(root, "source"), JsonSupport.decimal(root, "total", where), roots);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static TemplateNode node(JsonNode node, String where) {
        String code = JsonSupport.text(node, "code", where);
        String at = where + " node " + code;
        List<TemplateNode> children = new ArrayList<>();
        for (JsonNode child : node.path("children")) {
            children.add(node(child, where));
        }
        List<TemplateNode.Gate> gates = new ArrayList<>();
        for (JsonNode gate : node.path("gates")) {
            gates.add(new TemplateNode.Gate(JsonSupport.text(gate, "code", at), JsonSupport.text(gate, "question", at)));
        }
        JsonNode rule = node.get("rule");
        return new TemplateNode(code, JsonSupport.text(node, "name", at), JsonSupport.decimal(node, "weight", at),
                JsonSupport.optionalText(node, "description"), JsonSupport.optionalText(node, "criteria"),
                JsonSupport.optionalText(node, "evidence"), rule == null ? null : rule(rule, at), gates, children,
                JsonSupport.optionalText(node, "note"));
    }

    static ScoringRule rule(JsonNode rule, String where) {
        String kind = JsonSupport.text(rule, "kind", where);
        switch (kind) {
            case "COMPLETION_BANDS":
                return new ScoringRule.CompletionBands(tiers(rule.path("tiers"), where), award(rule.path("otherwise"), where));
            case "PROPORTIONAL":
                return new ScoringRule.Proportional(rule.path("capAtFull").asBoolean(true));
            case "TIERS":
                return new ScoringRule.Tiers(tiers(rule.path("tiers"), where), award(rule.path("otherwise"), where));
            case "DEDUCTIONS": {
                List<ScoringRule.DeductionItem> items = new ArrayList<>();
                for (JsonNode item : rule.path("items")) {
                    items.add(new ScoringRule.DeductionItem(JsonSupport.text(item, "code", where),
                            JsonSupport.text(item, "label", where), JsonSupport.decimal(item, "points", where)));
                }
                return new ScoringRule.Deductions(items);
            }
            case "YES_NO":
                return new ScoringRule.YesNo(JsonSupport.text(rule, "question", where));
            case "WEIGHTED_SUB_ITEMS": {
                List<ScoringRule.SubItem> items = new ArrayList<>();
                for (JsonNode item : rule.path("items")) {
                    items.add(new ScoringRule.SubItem(JsonSupport.text(item, "code", where),
                            JsonSupport.text(item, "label", where), JsonSupport.decimal(item, "share", where),
                            rule(item.path("rule"), where + " sub-item " + item.path("code").asString())));
                }
                return new ScoringRule.WeightedSubItems(items);
            }
            case "CONTROL_RATE":
                return new ScoringRule.ControlRate(JsonSupport.decimal(rule, "step", where),
                        JsonSupport.decimal(rule, "deductionPerStep", where),
                        ScoringRule.ControlRate.StepCounting.valueOf(JsonSupport.text(rule, "counting", where)));
            case "AVERAGE_EXECUTION":
                return new ScoringRule.AverageExecution(JsonSupport.decimal(rule, "monthlyCap", where));
            case "JUDGEMENT":
                return new ScoringRule.Judgement(rule.path("bands").asBoolean(false));
            default:
                throw new IllegalStateException(where + ": unknown rule kind " + kind);
        }
    }

    private static List<Tier> tiers(JsonNode node, String where) {
        List<Tier> tiers = new ArrayList<>();
        for (JsonNode tier : node) {
            tiers.add(new Tier(Comparator.valueOf(JsonSupport.text(tier, "when", where)),
                    JsonSupport.decimal(tier, "threshold", where), award(tier, where)));
        }
        return tiers;
    }

    /** {@code {"points": 2}}, {@code {"share": 0.5}} or {@code {"proportional": true}}. */
    private static Tier.Award award(JsonNode node, String where) {
        if (node.has("points")) {
            return Tier.Award.points(JsonSupport.decimal(node, "points", where));
        }
        if (node.has("share")) {
            return Tier.Award.share(JsonSupport.decimal(node, "share", where));
        }
        if (node.path("proportional").asBoolean(false)) {
            return Tier.Award.proportional();
        }
        throw new IllegalStateException(where + ": a tier gives points, a share or proportional");
    }

    private static ProjectTemplate project(JsonNode root, String where) {
        try {
            List<ProjectTemplate.Level1> levels = new ArrayList<>();
            for (JsonNode level : root.path("levels")) {
                List<String> level2 = new ArrayList<>();
                level.path("level2").forEach(n -> level2.add(n.asString()));
                levels.add(new ProjectTemplate.Level1(Level1Category.valueOf(JsonSupport.text(level, "category", where)),
                        JsonSupport.text(level, "label", where), level2));
            }
            JsonNode weights = root.get("weights");
            return new ProjectTemplate(JsonSupport.text(root, "id", where), JsonSupport.text(root, "name", where),
                    JsonSupport.optionalText(root, "basis"), JsonSupport.text(root, "executionLabel", where),
                    weights == null || weights.isNull() ? Optional.empty()
                            : Optional.of(ScoringPolicyReader.weights(weights, where)),
                    levels);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

}
