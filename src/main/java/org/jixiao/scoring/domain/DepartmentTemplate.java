package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 部门整体支出绩效评价指标体系 as a template (rules.md §4): an indicator tree with weights and, per leaf, a
 * scoring rule. Shipped as JSON; units copy and edit them.
 *
 * @param id     stable id ({@code panyu-2024-department})
 * @param source where it is printed (seed, document)
 * @param total  满分, the sum of the roots' weights (100)
 */
public record DepartmentTemplate(String id, String name, String source, BigDecimal total, List<TemplateNode> roots) {

    public DepartmentTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(total, "total");
        roots = List.copyOf(roots);
        BigDecimal sum = roots.stream().map(TemplateNode::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            throw new IllegalArgumentException("template " + id + ": 一级 weights add up to " + sum + ", not " + total);
        }
        Set<String> codes = new HashSet<>();
        for (TemplateNode root : roots) {
            for (TemplateNode node : root.flatten()) {
                if (!codes.add(node.code())) {
                    throw new IllegalArgumentException("template " + id + ": code used twice: " + node.code());
                }
            }
        }
    }

    /** Every leaf in table order. */
    public List<TemplateNode> leaves() {
        return roots.stream().flatMap(r -> r.flatten().stream()).filter(TemplateNode::isLeaf).toList();
    }

    public Optional<TemplateNode> node(String code) {
        return roots.stream().flatMap(r -> r.flatten().stream()).filter(n -> n.code().equals(code)).findFirst();
    }
}
