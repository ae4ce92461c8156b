package org.jixiao.orgs;

import java.util.List;
import java.util.Optional;

import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.OrgCode;
import org.jixiao.orgs.domain.OrgTree;
import org.jixiao.orgs.domain.Organization;
import org.jixiao.orgs.domain.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of regions and organizations. */
@Service
@Transactional(readOnly = true)
public class OrgQueries {

    private final Organizations organizations;

    OrgQueries(Organizations organizations) {
        this.organizations = organizations;
    }

    /** Every organization, ordered by code. */
    public List<OrgView> all() {
        return organizations.findAll();
    }

    /** The 预算单位 only: the organizations that own goal tables. */
    public List<OrgView> budgetUnits() {
        return organizations.findAll().stream().filter(OrgView::isBudgetUnit).toList();
    }

    public Optional<OrgView> find(String code) {
        return organizations.findView(code);
    }

    /** The organizations of the scope, ordered by code. */
    public List<OrgView> all(OrgScope scope) {
        if (scope.isUnrestricted()) {
            return all();
        }
        return scope.isEmpty() ? List.of() : organizations.findAll(scope.codes());
    }

    /** The 预算单位 of the scope. */
    public List<OrgView> budgetUnits(OrgScope scope) {
        return all(scope).stream().filter(OrgView::isBudgetUnit).toList();
    }

    /** The organization if it exists and lies in the scope; outside it is as if it did not exist. */
    public Optional<OrgView> find(String code, OrgScope scope) {
        return scope.contains(code) ? organizations.findView(code) : Optional.empty();
    }

    /**
     * What the actor may see: 本单位 its organization, 本部门及以下 the organization and everything under it,
     * 本区划全部 every organization of its 财政区划. An administrator not yet bound to an organization (created on a
     * first start before any organization existed) sees everything; anybody else without an organization nothing.
     */
    public OrgScope scopeOf(Actor actor) {
        List<Organization> all = organizations.findAllOrganizations();
        Optional<Organization> own = all.stream()
                .filter(o -> o.code().value().equals(actor.organizationCode())).findFirst();
        if (own.isEmpty()) {
            return actor.roles().contains(Role.ADMINISTRATOR) ? OrgScope.unrestricted() : OrgScope.none();
        }
        Organization org = own.get();
        switch (actor.scope()) {
            case OWN:
                return OrgScope.of(List.of(org.code().value()));
            case SUBTREE:
                return OrgScope.of(OrgTree.of(all).selfAndDescendants(new OrgCode(org.code().value())).stream()
                        .map(o -> o.code().value()).toList());
            case REGION:
                return OrgScope.of(all.stream().filter(o -> o.region().equals(org.region()))
                        .map(o -> o.code().value()).toList());
            default:
                throw new IllegalStateException("unknown data scope " + actor.scope());
        }
    }
}
