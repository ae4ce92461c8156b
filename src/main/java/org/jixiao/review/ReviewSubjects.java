package org.jixiao.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.orgs.OrgScope;
import org.jixiao.review.domain.BlockingFinding;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The registered {@link ReviewSubjectProvider}s and {@link ReviewGate}s, by kind. */
@Component
class ReviewSubjects {

    private final Map<SubjectKind, ReviewSubjectProvider> providers = new EnumMap<>(SubjectKind.class);
    private final Map<SubjectKind, List<ReviewGate>> gates = new EnumMap<>(SubjectKind.class);

    ReviewSubjects(List<ReviewSubjectProvider> providers, List<ReviewGate> gates) {
        for (ReviewSubjectProvider provider : providers) {
            ReviewSubjectProvider before = this.providers.put(provider.kind(), provider);
            if (before != null) {
                throw new IllegalStateException("two review subject providers for " + provider.kind() + ": "
                        + before.getClass().getName() + ", " + provider.getClass().getName());
            }
        }
        for (ReviewGate gate : gates) {
            this.gates.computeIfAbsent(gate.kind(), k -> new ArrayList<>()).add(gate);
        }
    }

    Optional<ReviewSubjectProvider> provider(SubjectKind kind) {
        return Optional.ofNullable(providers.get(kind));
    }

    /** The provider of the kind; a kind nobody serves is "not found". */
    ReviewSubjectProvider require(SubjectKind kind) {
        return provider(kind).orElseThrow(() -> new NotFoundException(kind.label() + "不参与审核"));
    }

    /** The provider's own findings and those of every gate of the kind. */
    List<BlockingFinding> blocking(SubjectKind kind, long id, OrgScope scope) {
        List<BlockingFinding> all = new ArrayList<>(require(kind).blockingFindings(id, scope));
        for (ReviewGate gate : gates.getOrDefault(kind, List.of())) {
            all.addAll(gate.blockingFindings(id, scope));
        }
        return all;
    }
}
