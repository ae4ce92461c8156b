package org.jixiao.orgs;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * 数据范围 made concrete: the organization codes whose records a caller may see, computed from an
 * {@link org.jixiao.orgs.domain.Actor} by {@link OrgQueries#scopeOf}. Query methods take it as a parameter and
 * use {@link #codes()} as a bound list ({@code in (:codes)}) or {@link #contains} — never as SQL text.
 * {@link #unrestricted()} is for work the system does on its own behalf (demo data, startup), never for a request.
 */
public final class OrgScope {

    private static final OrgScope UNRESTRICTED = new OrgScope(null);
    private static final OrgScope NONE = new OrgScope(Set.of());

    /** null: every organization. */
    private final Set<String> codes;

    private OrgScope(Set<String> codes) {
        this.codes = codes;
    }

    public static OrgScope of(Collection<String> codes) {
        Objects.requireNonNull(codes, "codes");
        return codes.isEmpty() ? NONE : new OrgScope(Set.copyOf(codes));
    }

    /** Every organization: for the system's own work (startup, demo data, tests), not for a signed-in user. */
    public static OrgScope unrestricted() {
        return UNRESTRICTED;
    }

    /** Nothing at all. */
    public static OrgScope none() {
        return NONE;
    }

    public boolean contains(String orgCode) {
        return orgCode != null && (codes == null || codes.contains(orgCode));
    }

    public boolean isUnrestricted() {
        return codes == null;
    }

    public boolean isEmpty() {
        return codes != null && codes.isEmpty();
    }

    /**
     * The codes, for a bound {@code in (:codes)} list.
     *
     * @throws IllegalStateException for the unrestricted scope, which has no list
     */
    public Set<String> codes() {
        if (codes == null) {
            throw new IllegalStateException("the unrestricted scope has no list of codes");
        }
        return codes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrgScope other && Objects.equals(codes, other.codes);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(codes);
    }

    @Override
    public String toString() {
        return codes == null ? "OrgScope[all]" : "OrgScope" + codes;
    }
}
