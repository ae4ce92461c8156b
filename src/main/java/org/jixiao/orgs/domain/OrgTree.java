package org.jixiao.orgs.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organizations of one or more 财政区划 as a tree. Built from a flat list; refuses cycles, dangling
 * parents and kinds in the wrong place (a 财政局 under a 预算单位).
 */
public final class OrgTree {

    private final Map<OrgCode, Organization> byCode = new LinkedHashMap<>();
    private final Map<OrgCode, List<Organization>> children = new LinkedHashMap<>();

    private OrgTree(Collection<Organization> organizations) {
        organizations.stream()
                .sorted(Comparator.comparing(o -> o.code().value()))
                .forEach(o -> {
                    if (byCode.putIfAbsent(o.code(), o) != null) {
                        throw new IllegalArgumentException("duplicate organization code " + o.code());
                    }
                });
        for (Organization org : byCode.values()) {
            if (org.parentCode() == null) {
                continue;
            }
            Organization parent = byCode.get(org.parentCode());
            if (parent == null) {
                throw new IllegalArgumentException("unknown parent " + org.parentCode() + " of " + org.code());
            }
            if (!parent.kind().mayContain(org.kind())) {
                throw new IllegalArgumentException(
                        "a " + org.kind().label() + " cannot sit under a " + parent.kind().label() + ": " + org.code());
            }
            children.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(org);
        }
        for (Organization org : byCode.values()) {
            ancestorsOf(org); // throws on a cycle
        }
    }

    public static OrgTree of(Collection<Organization> organizations) {
        return new OrgTree(organizations);
    }

    public Optional<Organization> find(OrgCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Organization> roots() {
        return byCode.values().stream().filter(o -> o.parentCode() == null).toList();
    }

    public List<Organization> childrenOf(OrgCode code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    /** The organization itself and everything below it (本部门及以下), depth first. */
    public List<Organization> selfAndDescendants(OrgCode code) {
        List<Organization> result = new ArrayList<>();
        find(code).ifPresent(o -> collect(o, result));
        return result;
    }

    /** Parents from the direct one up to the root. */
    public List<Organization> ancestorsOf(Organization org) {
        List<Organization> result = new ArrayList<>();
        Organization current = org;
        while (current.parentCode() != null) {
            current = byCode.get(current.parentCode());
            if (current == null || current.code().equals(org.code()) || result.contains(current)) {
                throw new IllegalArgumentException("cycle in the organization tree at " + org.code());
            }
            result.add(current);
        }
        return result;
    }

    private void collect(Organization org, List<Organization> into) {
        into.add(org);
        for (Organization child : children.getOrDefault(org.code(), List.of())) {
            collect(child, into);
        }
    }

    public int size() {
        return byCode.size();
    }
}
