package org.jixiao.scoring;

import org.jixiao.scoring.domain.DepartmentTemplate;
import org.jixiao.scoring.domain.ScoringRule;
import org.jixiao.scoring.domain.TemplateNode;
import org.jixiao.scoring.domain.Tier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a department template back into the JSON format {@link ScoringTemplateReader} reads (docs/scoring.md), so
 * that a copy can be edited as data and read again with the same validation.
 */
public final class ScoringTemplateWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScoringTemplateWriter() {
    }

    public static ObjectNode write(DepartmentTemplate template) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "DEPARTMENT");
        root.put("id", template.id());
        root.put("name", template.name());
        root.put("source", template.source());
        root.put("total", template.total());
        ArrayNode nodes = root.putArray("nodes");
        template.roots().forEach(n -> nodes.add(node(n)));
        return root;
    }

    /** Reads a department template from its JSON; {@code where} names it in messages. */
    public static DepartmentTemplate read(JsonNode root, String where) {
        return ScoringTemplateReader.readDepartment(root, where);
    }

    private static ObjectNode node(TemplateNode node) {
        ObjectNode n = JSON.createObjectNode();
        n.put("code", node.code());
        n.put("name", node.name());
        n.put("weight", node.weight());
        putText(n, "description", node.description());
        putText(n, "criteria", node.criteria());
        putText(n, "evidence", node.evidence());
        putText(n, "note", node.note());
        if (!node.gates().isEmpty()) {
            ArrayNode gates = n.putArray("gates");
            node.gates().forEach(g -> gates.addObject().put("code", g.code()).put("question", g.question()));
        }
        if (node.isLeaf()) {
            n.set("rule", rule(node.rule()));
        } else {
            ArrayNode children = n.putArray("children");
            node.children().forEach(c -> children.add(node(c)));
        }
        return n;
    }

    private static void putText(ObjectNode n, String field, String text) {
        if (text != null && !text.isEmpty()) {
            n.put(field, text);
        }
    }

    public static ObjectNode rule(ScoringRule rule) {
        ObjectNode r = JSON.createObjectNode();
        r.put("kind", rule.kind());
        if (rule instanceof ScoringRule.CompletionBands c) {
            tiers(r, c.tiers(), c.otherwise());
        } else if (rule instanceof ScoringRule.Proportional p) {
            r.put("capAtFull", p.capAtFull());
        } else if (rule instanceof ScoringRule.Tiers t) {
            tiers(r, t.tiers(), t.otherwise());
        } else if (rule instanceof ScoringRule.Deductions d) {
            ArrayNode items = r.putArray("items");
            d.items().forEach(i -> items.addObject().put("code", i.code()).put("label", i.label())
                    .put("points", i.points()));
        } else if (rule instanceof ScoringRule.YesNo y) {
            r.put("question", y.question());
        } else if (rule instanceof ScoringRule.WeightedSubItems w) {
            ArrayNode items = r.putArray("items");
            w.items().forEach(i -> {
                ObjectNode item = items.addObject().put("code", i.code()).put("label", i.label()).put("share", i.share());
                item.set("rule", rule(i.rule()));
            });
        } else if (rule instanceof ScoringRule.ControlRate c) {
            r.put("step", c.step()).put("deductionPerStep", c.deductionPerStep()).put("counting", c.counting().name());
        } else if (rule instanceof ScoringRule.AverageExecution a) {
            r.put("monthlyCap", a.monthlyCap());
        } else if (rule instanceof ScoringRule.Judgement j) {
            r.put("bands", j.bands());
        }
        return r;
    }

    private static void tiers(ObjectNode r, java.util.List<Tier> tiers, Tier.Award otherwise) {
        ArrayNode list = r.putArray("tiers");
        for (Tier tier : tiers) {
            ObjectNode t = list.addObject().put("when", tier.comparator().name()).put("threshold", tier.threshold());
            award(t, tier.award());
        }
        award(r.putObject("otherwise"), otherwise);
    }

    private static void award(ObjectNode node, Tier.Award award) {
        switch (award.kind()) {
            case POINTS -> node.put("points", award.amount());
            case SHARE -> node.put("share", award.amount());
            default -> node.put("proportional", true);
        }
    }
}
