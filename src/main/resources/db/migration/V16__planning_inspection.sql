-- Inspections of public administration reform (kiểm tra công tác CCHC): the province's yearly inspection plan (e.g.
-- 17/KH-UBND of 06/02/2020 in Sóc Trăng: 10 departments and district People's Committees), its teams, the units
-- inspected with one visit each, the findings and recommendations of a visit, and the unit's remediation reports.
-- Agencies are kept by code, as in the plans of V15.

create table inspection_plan (
    id            bigserial primary key,
    year          integer     not null unique check (year between 2000 and 2100),
    number        text        not null check (length(number) > 0),
    title         text        not null check (length(title) > 0),
    issued_on     date        not null,
    signer        text        not null,
    illustrative  boolean     not null default false,
    created_at    timestamptz not null,
    created_by    text        not null,
    version       integer     not null default 0
);

create table inspection_team (
    id       bigserial primary key,
    plan_id  bigint  not null references inspection_plan (id),
    name     text    not null check (length(name) > 0),
    leader   text    not null check (length(leader) > 0),
    -- one member a line: "Nguyễn Văn A — Phó Giám đốc Sở Nội vụ"
    members  text    not null default '',
    version  integer not null default 0,
    unique (plan_id, name)
);

-- a unit on the plan and its one visit: planned, then done with a conclusion
create table inspection_visit (
    id            bigserial primary key,
    plan_id       bigint      not null references inspection_plan (id),
    agency_code   text        not null,
    planned_on    date        not null,
    team_id       bigint      references inspection_team (id),
    status        text        not null check (status in ('PLANNED', 'DONE')),
    visited_on    date,
    conclusion    text,
    updated_at    timestamptz not null,
    version       integer     not null default 0,
    unique (plan_id, agency_code),
    check (status = 'PLANNED' or (visited_on is not null and conclusion is not null))
);
create index inspection_visit_plan on inspection_visit (plan_id);

create table inspection_finding (
    id          bigserial primary key,
    visit_id    bigint      not null references inspection_visit (id),
    -- tồn tại (a shortcoming) or hạn chế (a limitation)
    kind        text        not null check (kind in ('SHORTCOMING', 'LIMITATION')),
    -- the reform area of a PAR plan's 7 task groups
    area        integer     not null check (area between 1 and 7),
    text        text        not null check (length(text) > 0),
    created_at  timestamptz not null,
    created_by  text        not null
);
create index inspection_finding_visit on inspection_finding (visit_id);

-- a recommendation is also the follow-up task of the unit responsible for it
create table inspection_recommendation (
    id                   bigserial primary key,
    visit_id             bigint      not null references inspection_visit (id),
    finding_id           bigint      references inspection_finding (id),
    text                 text        not null check (length(text) > 0),
    responsible_agency   text        not null,
    deadline             date        not null,
    status               text        not null check (status in ('OPEN', 'DONE')),
    done_on              date,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer     not null default 0,
    check (status = 'OPEN' or done_on is not null)
);
create index inspection_recommendation_visit on inspection_recommendation (visit_id);
create index inspection_recommendation_open on inspection_recommendation (responsible_agency, status);

-- the unit's report of what it did; the PAR office accepts it or returns it asking for more
create table inspection_remediation (
    id                 bigserial primary key,
    recommendation_id  bigint      not null references inspection_recommendation (id),
    reported_at        timestamptz not null,
    reported_by        text        not null,
    what_done          text        not null check (length(what_done) > 0),
    done_on            date        not null,
    evidence_link      text        check (evidence_link ~* '^https?://'),
    decision           text        check (decision in ('ACCEPTED', 'RETURNED')),
    decided_at         timestamptz,
    decided_by         text,
    decision_note      text,
    check ((decision is null) = (decided_at is null))
);
create index inspection_remediation_recommendation on inspection_remediation (recommendation_id, reported_at);
-- at most one report waits for the office's decision
create unique index inspection_remediation_pending on inspection_remediation (recommendation_id)
    where decision is null;
