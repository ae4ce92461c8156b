package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.ScoringTemplateWriter;
import org.jixiao.scoring.domain.DepartmentTemplate;
import org.jixiao.scoring.domain.DepartmentTemplateCatalog;
import org.jixiao.scoring.domain.TemplateNode;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 模板设计: a unit copies a department template in force for it and edits the names, 分值 (of the 三级指标; groups
 * are the sums), 评分标准 and rule parameters. Every save is validated (分值 adding up to the total, parameters in
 * range, the rules' own checks) and stored as a new version; the unit's design in force for a year becomes the
 * default template of its new self-evaluations. Out of scope is not found.
 */
@Service
@Transactional
public class DepartmentTemplateDesigner {

    /** A stored design with the parameters its leaves' rules have, for the edit form. */
    public record Design(String ownerCode, String ownerName, int fromYear, String basedOn, int basedOnVersion,
                         DepartmentTemplateCatalog.Entry entry, Map<String, List<Parameter>> parameters) {
    }

    /** One number of a rule: its path in the rule ({@code tiers[0].threshold}), Chinese label, value and range. */
    public record Parameter(String path, String label, BigDecimal value, BigDecimal min, BigDecimal max,
                            boolean minExclusive) {
    }

    /** What the form sends: the name, and per node code its name, 分值 (leaves), 评分标准 and parameters, as text. */
    public record Edit(String name, Map<String, String> names, Map<String, String> weights,
                       Map<String, String> criteria, Map<String, Map<String, String>> parameters) {
    }

    private final DepartmentTemplateDesigns designs;
    private final DepartmentTemplates templates;
    private final OrgQueries orgs;
    private final Clock clock;

    DepartmentTemplateDesigner(DepartmentTemplateDesigns designs, DepartmentTemplates templates, OrgQueries orgs,
                               Clock clock) {
        this.designs = designs;
        this.templates = templates;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** The unit's own designs (latest versions). */
    @Transactional(readOnly = true)
    public List<Design> designsOf(String unitCode, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return List.of();
        }
        return designs.latestOf(unitCode).stream().map(this::design).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Design> find(String templateId, OrgScope scope) {
        return latest(templateId).filter(d -> scope.contains(d.ownerCode())).map(this::design);
    }

    /**
     * Copies a template in force for the unit and year as the unit's own design (version 1), in force from that year.
     *
     * @return the new template id
     */
    public String copy(String unitCode, FiscalYear year, String baseId, OrgScope scope) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        RegionCode region = new RegionCode(unit.regionCode());
        DepartmentTemplateCatalog.Entry base = templates.latestInForce(baseId, unitCode, region, year)
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("department.template.notInForce",
                        "templateId", baseId, region.value(), Integer.toString(year.value())))));
        String id = unitCode + "-" + year.value() + "-" + (designs.count(unitCode) + 1);
        ObjectNode body = ScoringTemplateWriter.write(base.template());
        body.put("id", id);
        body.put("name", base.template().name() + "（" + unit.name() + "修改）");
        body.put("source", "复制自 " + base.template().id() + " 第 " + base.version() + " 版；" + base.template().source());
        try {
            designs.insert(new DepartmentTemplateDesigns.Design(id, 1, unitCode, region.value(), year.value(),
                    base.template().id(), base.version(), body.toString()), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ValidationException(List.of(Violation.of("department.template.copyAgain", "templateId")));
        }
        return id;
    }

    /**
     * Saves the edited design as a new version if {@code version} is still the latest.
     *
     * @throws ValidationException      with every problem at its field; nothing saved
     * @throws VersionConflictException when somebody saved a newer version in between
     */
    public int save(String templateId, int version, Edit edit, OrgScope scope) {
        DepartmentTemplateDesigns.Design stored = latest(templateId).filter(d -> scope.contains(d.ownerCode()))
                .orElseThrow(() -> new NotFoundException("模板 " + templateId + " 不存在"));
        if (stored.version() != version) {
            throw new VersionConflictException("template " + templateId, version, stored.version());
        }
        DepartmentTemplate before = DepartmentTemplates.entry(stored).template();
        List<Violation> problems = new ArrayList<>();
        ObjectNode body = ScoringTemplateWriter.write(before);
        if (edit.name() != null) {
            String name = edit.name().strip();
            if (name.isEmpty() || name.length() > 200) {
                problems.add(Violation.of("department.design.name", "name"));
            } else {
                body.put("name", name);
            }
        }
        for (JsonNode root : body.get("nodes")) {
            apply((ObjectNode) root, edit, problems);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode root : body.get("nodes")) {
            total = total.add(sum((ObjectNode) root));
        }
        boolean weightsRead = problems.stream().noneMatch(v -> v.code().equals("department.design.weight"));
        if (weightsRead && total.compareTo(before.total()) != 0) {
            problems.add(Violation.of("department.design.total", "total", total.stripTrailingZeros().toPlainString(),
                    before.total().stripTrailingZeros().toPlainString()));
        }
        if (problems.isEmpty()) {
            try {
                ScoringTemplateWriter.read(body, "模板");
            } catch (IllegalStateException | IllegalArgumentException e) {
                problems.add(Violation.of("department.design.invalid", "template", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try {
            designs.insert(new DepartmentTemplateDesigns.Design(templateId, version + 1, stored.ownerCode(),
                    stored.regionCode(), stored.fromYear(), stored.basedOn(), stored.basedOnVersion(), body.toString()),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new VersionConflictException("template " + templateId, version, version + 1);
        }
        return version + 1;
    }

    private void apply(ObjectNode node, Edit edit, List<Violation> problems) {
        String code = node.get("code").asString();
        String name = edit.names().get(code);
        if (name != null) {
            if (name.isBlank() || name.strip().length() > 200) {
                problems.add(Violation.of("department.design.nodeName", "names[" + code + "]"));
            } else {
                node.put("name", name.strip());
            }
        }
        String criteria = edit.criteria().get(code);
        if (criteria != null) {
            if (criteria.length() > 4000) {
                problems.add(Violation.of("department.design.criteria", "criteria[" + code + "]"));
            } else {
                node.put("criteria", criteria.strip());
            }
        }
        if (node.has("children")) {
            for (JsonNode child : node.get("children")) {
                apply((ObjectNode) child, edit, problems);
            }
            return;
        }
        BigDecimal weight = node.get("weight").decimalValue();
        String weightText = edit.weights().get(code);
        if (weightText != null) {
            BigDecimal w = decimal(weightText);
            if (w == null || w.signum() < 0 || w.compareTo(new BigDecimal("100")) > 0 || w.scale() > 2) {
                problems.add(Violation.of("department.design.weight", "weights[" + code + "]"));
            } else {
                weight = w;
                node.put("weight", w);
            }
        }
        Map<String, String> typed = edit.parameters().getOrDefault(code, Map.of());
        for (Parameter p : parameters((ObjectNode) node.get("rule"), "", weight)) {
            String text = typed.get(p.path());
            if (text == null) {
                continue;
            }
            BigDecimal v = decimal(text);
            boolean belowMin = v != null && (p.minExclusive() ? v.compareTo(p.min()) <= 0 : v.compareTo(p.min()) < 0);
            if (v == null || belowMin || v.compareTo(p.max()) > 0 || v.scale() > 4) {
                problems.add(Violation.of("department.design.parameter", "parameters[" + code + "][" + p.path() + "]",
                        p.label(), (p.minExclusive() ? "大于" : "") + plain(p.min()), plain(p.max())));
                continue;
            }
            set((ObjectNode) node.get("rule"), p.path(), v);
        }
    }

    /** Group weights become the sums of their children; returns this node's weight. */
    private static BigDecimal sum(ObjectNode node) {
        if (!node.has("children")) {
            return node.get("weight").decimalValue();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode child : node.get("children")) {
            sum = sum.add(sum((ObjectNode) child));
        }
        node.put("weight", sum);
        return sum;
    }

    /** Every editable number of a rule (JSON as written by {@link ScoringTemplateWriter}) with its range. */
    static List<Parameter> parameters(ObjectNode rule, String prefix, BigDecimal weight) {
        List<Parameter> out = new ArrayList<>();
        String kind = rule.get("kind").asString();
        BigDecimal ten = BigDecimal.TEN;
        JsonNode tiers = rule.get("tiers");
        if (tiers != null) {
            for (int i = 0; i < tiers.size(); i++) {
                JsonNode t = tiers.get(i);
                String p = prefix + "tiers[" + i + "].";
                out.add(new Parameter(p + "threshold", "第" + (i + 1) + "档 " + t.get("when").asString() + " 阈值（比率，1 = 100%）",
                        t.get("threshold").decimalValue(), BigDecimal.ZERO, ten, false));
                award(t, p, "第" + (i + 1) + "档", weight, out);
            }
            award(rule.get("otherwise"), prefix + "otherwise.", "其他情况", weight, out);
        }
        JsonNode items = rule.get("items");
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                String p = prefix + "items[" + i + "].";
                if ("DEDUCTIONS".equals(kind)) {
                    out.add(new Parameter(p + "points", "「" + item.get("label").asString() + "」每次扣分",
                            item.get("points").decimalValue(), BigDecimal.ZERO, weight.max(new BigDecimal("0.01")), true));
                } else {
                    out.add(new Parameter(p + "share", "子项「" + item.get("label").asString() + "」份额",
                            item.get("share").decimalValue(), BigDecimal.ZERO, new BigDecimal("100"), false));
                    out.addAll(parameters((ObjectNode) item.get("rule"), p + "rule.", weight));
                }
            }
        }
        if (rule.has("step")) {
            out.add(new Parameter(prefix + "step", "控制率每档步长（比率，0.05 = 5%）", rule.get("step").decimalValue(),
                    BigDecimal.ZERO, BigDecimal.ONE, true));
            out.add(new Parameter(prefix + "deductionPerStep", "每档扣分", rule.get("deductionPerStep").decimalValue(),
                    BigDecimal.ZERO, weight.max(new BigDecimal("0.01")), true));
        }
        if (rule.has("monthlyCap")) {
            out.add(new Parameter(prefix + "monthlyCap", "每月执行率上限（比率，1 = 100%）",
                    rule.get("monthlyCap").decimalValue(), BigDecimal.ZERO, new BigDecimal("2"), true));
        }
        return out;
    }

    private static void award(JsonNode node, String prefix, String label, BigDecimal weight, List<Parameter> out) {
        if (node.has("points")) {
            out.add(new Parameter(prefix + "points", label + " 得分", node.get("points").decimalValue(), BigDecimal.ZERO,
                    weight, false));
        } else if (node.has("share")) {
            out.add(new Parameter(prefix + "share", label + " 得分比例（1 = 满分）", node.get("share").decimalValue(),
                    BigDecimal.ZERO, BigDecimal.ONE, false));
        }
    }

    /** Sets the number at {@code path} ({@code items[1].rule.tiers[0].threshold}). */
    private static void set(ObjectNode rule, String path, BigDecimal value) {
        JsonNode current = rule;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            int bracket = part.indexOf('[');
            if (bracket > 0) {
                current = ((ArrayNode) current.get(part.substring(0, bracket)))
                        .get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            } else {
                current = current.get(part);
            }
        }
        ((ObjectNode) current).put(parts[parts.length - 1], value);
    }

    private Design design(DepartmentTemplateDesigns.Design d) {
        DepartmentTemplateCatalog.Entry entry = DepartmentTemplates.entry(d);
        Map<String, List<Parameter>> parameters = new LinkedHashMap<>();
        for (TemplateNode leaf : entry.template().leaves()) {
            parameters.put(leaf.code(), parameters(ScoringTemplateWriter.rule(leaf.rule()), "", leaf.weight()));
        }
        String ownerName = orgs.find(d.ownerCode()).map(OrgView::name).orElse(d.ownerCode());
        return new Design(d.ownerCode(), ownerName, d.fromYear(), d.basedOn(), d.basedOnVersion(), entry, parameters);
    }

    private Optional<DepartmentTemplateDesigns.Design> latest(String templateId) {
        return designs.latestVersion(templateId).flatMap(v -> designs.find(templateId, v));
    }

    private static BigDecimal decimal(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("\\d{1,6}(\\.\\d{1,6})?") ? new BigDecimal(t) : null;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
