-- A unit's own department templates (模板设计): a copy of a template in force, with names, 分值, 评分标准 and rule
-- parameters edited. Every save is a new version (rows are never changed), so a self-evaluation keeps scoring
-- against the version it was started with; (template_id, template_version) unique is also the optimistic lock.
-- body: the template in the JSON format of docs/scoring.md.
create table eval_department_template (
    template_id      varchar(100)    not null,
    template_version integer         not null,
    owner_code       varchar(32)     not null references org_organization (code),
    region_code      varchar(9)      not null,
    from_year        integer         not null,
    based_on         varchar(100)    not null,
    based_on_version integer         not null,
    body             varchar(1000000) not null,
    created_at       timestamp       not null,
    primary key (template_id, template_version)
);

create index eval_department_template_owner_ix on eval_department_template (owner_code);
