package org.jixiao.orgs;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.orgs.domain.OrgTree;
import org.jixiao.orgs.domain.Organization;
import org.jixiao.orgs.domain.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands on regions and organizations. */
@Service
@Transactional
public class OrgManagement {

    private final Organizations organizations;

    OrgManagement(Organizations organizations) {
        this.organizations = organizations;
    }

    /** Creates the 财政区划 unless it exists. */
    public void ensureRegion(RegionCode code, String name) {
        if (!organizations.regionExists(code.value())) {
            organizations.insertRegion(code.value(), name);
        }
    }

    /**
     * Creates the organization unless one with its code exists; refuses one that would break the tree
     * (unknown parent, wrong kind under its parent).
     */
    public void ensureOrganization(Organization org) {
        if (organizations.exists(org.code())) {
            return;
        }
        List<Organization> all = new ArrayList<>(organizations.findAllOrganizations());
        all.add(org);
        OrgTree.of(all);
        organizations.insert(org);
    }
}
