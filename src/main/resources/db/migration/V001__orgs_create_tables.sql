-- 财政区划 and the organization tree (财政局 / 主管部门 / 预算单位).
create table org_region (
    code varchar(9) not null primary key,
    name varchar(100) not null
);

create table org_organization (
    code        varchar(32)  not null primary key,
    name        varchar(200) not null,
    kind        varchar(20)  not null,
    region_code varchar(9)   not null references org_region (code),
    parent_code varchar(32)  references org_organization (code),
    constraint org_organization_kind_ck check (kind in ('FINANCE_BUREAU', 'DEPARTMENT', 'BUDGET_UNIT'))
);

create index org_organization_parent_ix on org_organization (parent_code);
