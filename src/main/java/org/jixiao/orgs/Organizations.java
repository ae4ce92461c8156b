package org.jixiao.orgs;

import java.util.List;
import java.util.Optional;

import org.jixiao.orgs.domain.OrgCode;
import org.jixiao.orgs.domain.OrgKind;
import org.jixiao.orgs.domain.Organization;
import org.jixiao.orgs.domain.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code org_organization} and {@code org_region}. */
@Repository
class Organizations {

    private static final String SELECT_VIEW = """
            select o.code, o.name, o.kind, o.region_code, r.name as region_name, o.parent_code
              from org_organization o join org_region r on r.code = o.region_code
            """;

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OrgView> findAll() {
        return jdbc.sql(SELECT_VIEW + " order by o.code").query(Organizations::toView).list();
    }

    /** The organizations with these codes (a bound list, never spliced text), ordered by code. */
    List<OrgView> findAll(java.util.Collection<String> codes) {
        return jdbc.sql(SELECT_VIEW + " where o.code in (:codes) order by o.code").param("codes", List.copyOf(codes))
                .query(Organizations::toView).list();
    }

    Optional<OrgView> findView(String code) {
        return jdbc.sql(SELECT_VIEW + " where o.code = :code").param("code", code).query(Organizations::toView).optional();
    }

    List<Organization> findAllOrganizations() {
        return jdbc.sql("select code, name, kind, region_code, parent_code from org_organization")
                .query((rs, i) -> new Organization(new OrgCode(rs.getString("code")), rs.getString("name"),
                        OrgKind.valueOf(rs.getString("kind")), new RegionCode(rs.getString("region_code")),
                        rs.getString("parent_code") == null ? null : new OrgCode(rs.getString("parent_code"))))
                .list();
    }

    boolean regionExists(String code) {
        return jdbc.sql("select count(*) from org_region where code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    void insertRegion(String code, String name) {
        jdbc.sql("insert into org_region (code, name) values (:code, :name)")
                .param("code", code).param("name", name).update();
    }

    boolean exists(OrgCode code) {
        return jdbc.sql("select count(*) from org_organization where code = :code").param("code", code.value())
                .query(Long.class).single() > 0;
    }

    void insert(Organization org) {
        jdbc.sql("""
                insert into org_organization (code, name, kind, region_code, parent_code)
                values (:code, :name, :kind, :region, :parent)
                """)
                .param("code", org.code().value())
                .param("name", org.name())
                .param("kind", org.kind().name())
                .param("region", org.region().value())
                .param("parent", org.parentCode() == null ? null : org.parentCode().value())
                .update();
    }

    private static OrgView toView(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OrgKind kind = OrgKind.valueOf(rs.getString("kind"));
        return new OrgView(rs.getString("code"), rs.getString("name"), kind.name(), kind.label(),
                rs.getString("region_code"), rs.getString("region_name"), rs.getString("parent_code"));
    }
}
