package org.jixiao.orgs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrgTreeTests {

    private static final RegionCode JULU = new RegionCode("130529");

    private static Organization org(String code, OrgKind kind, String parent) {
        return new Organization(new OrgCode(code), "单位" + code, kind, JULU, parent == null ? null : new OrgCode(parent));
    }

    @Test
    void buildsTheTreeOfABureauItsDepartmentAndUnits() {
        OrgTree tree = OrgTree.of(List.of(
                org("807001", OrgKind.BUDGET_UNIT, "807"),
                org("CZ130529", OrgKind.FINANCE_BUREAU, null),
                org("807", OrgKind.DEPARTMENT, "CZ130529"),
                org("807002", OrgKind.BUDGET_UNIT, "807")));

        assertThat(tree.roots()).extracting(o -> o.code().value()).containsExactly("CZ130529");
        assertThat(tree.selfAndDescendants(new OrgCode("807"))).extracting(o -> o.code().value())
                .containsExactly("807", "807001", "807002");
        assertThat(tree.ancestorsOf(tree.find(new OrgCode("807001")).orElseThrow()))
                .extracting(o -> o.code().value()).containsExactly("807", "CZ130529");
    }

    @Test
    void refusesABrokenTree() {
        assertThatThrownBy(() -> OrgTree.of(List.of(org("807001", OrgKind.BUDGET_UNIT, "807"))))
                .hasMessageContaining("unknown parent");
        assertThatThrownBy(() -> OrgTree.of(List.of(org("U1", OrgKind.BUDGET_UNIT, null),
                org("CZ", OrgKind.FINANCE_BUREAU, "U1")))).hasMessageContaining("cannot sit under");
        assertThatThrownBy(() -> OrgTree.of(List.of(org("A", OrgKind.DEPARTMENT, "B"), org("B", OrgKind.DEPARTMENT, "A"))))
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> OrgTree.of(List.of(org("A", OrgKind.DEPARTMENT, null), org("A", OrgKind.DEPARTMENT, null))))
                .hasMessageContaining("duplicate");
    }

    @Test
    void codesAreChecked() {
        assertThat(RegionCode.isValid("130529")).isTrue();
        assertThat(RegionCode.isValid("130529000")).isTrue();
        assertThat(RegionCode.isValid("13052")).isFalse();
        assertThat(OrgCode.isValid("807001")).isTrue();
        assertThat(OrgCode.isValid("807 001")).isFalse();
    }
}
