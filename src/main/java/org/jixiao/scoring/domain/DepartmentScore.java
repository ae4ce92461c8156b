package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scored department template: one node per indicator (groups sum their children), the total, the grade
 * and every violation.
 */
public record DepartmentScore(String templateId, String policyId, List<Node> roots, Optional<BigDecimal> total,
                              Optional<Grade> grade, Explanation totalExplanation, List<ScoringViolation> violations) {

    public DepartmentScore {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(policyId, "policyId");
        roots = List.copyOf(roots);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(totalExplanation, "totalExplanation");
        violations = List.copyOf(violations);
    }

    /** A scored indicator; {@code score} empty while it (or a leaf below it) is not scored. */
    public record Node(String code, String name, BigDecimal weight, Optional<BigDecimal> score,
                       Explanation explanation, List<Node> children) {
        public Node {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(explanation, "explanation");
            children = List.copyOf(children);
        }

        List<Node> flatten() {
            List<Node> all = new ArrayList<>();
            all.add(this);
            children.forEach(c -> all.addAll(c.flatten()));
            return all;
        }
    }

    public boolean acceptable() {
        return violations.isEmpty();
    }

    /** @throws ScoringRefusedException with every Chinese message when not {@link #acceptable()} */
    public DepartmentScore requireAcceptable() {
        if (!acceptable()) {
            throw new ScoringRefusedException(violations);
        }
        return this;
    }

    public Node node(String code) {
        return roots.stream().flatMap(r -> r.flatten().stream()).filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + code));
    }

    /** Every leaf in table order. */
    public List<Node> leaves() {
        return roots.stream().flatMap(r -> r.flatten().stream()).filter(n -> n.children().isEmpty()).toList();
    }
}
