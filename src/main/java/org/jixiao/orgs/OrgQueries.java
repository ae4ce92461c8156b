package org.jixiao.orgs;

import java.util.List;
import java.util.Optional;

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
}
