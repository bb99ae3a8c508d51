-- Reform plans (kế hoạch CCHC) and their assigned tasks: the province's plan and the units' own plans, task groups
-- (the reform areas), items assigned to units with an output, a deadline and indicators, progress updates with
-- evidence, and the yearly obligation of units to issue their plan. Agencies are kept by code: a code names the
-- same agency across its versions in org_agency.

create table plan (
    id            bigserial primary key,
    level         text        not null check (level in ('PROVINCE', 'UNIT')),
    agency_code   text        not null,
    year          integer     not null check (year between 2000 and 2100),
    number        text,
    title         text        not null,
    issued_on     date,
    signer        text,
    status        text        not null check (status in ('DRAFT', 'ISSUED')),
    illustrative  boolean     not null default false,
    created_at    timestamptz not null,
    created_by    text        not null,
    updated_at    timestamptz not null,
    version       integer     not null default 0,
    -- one PAR plan per agency, year and level; an issued plan has its number, date and signer
    unique (agency_code, year, level),
    check (status = 'DRAFT' or (number is not null and issued_on is not null and signer is not null))
);

create table plan_task_group (
    id       bigserial primary key,
    plan_id  bigint  not null references plan (id),
    number   integer not null,
    name     text    not null,
    unique (plan_id, number)
);

create table plan_item (
    id          bigserial primary key,
    plan_id     bigint not null references plan (id),
    group_id    bigint not null references plan_task_group (id),
    number      text   not null,
    content     text   not null,
    output      text,
    deadline    date,
    indicators  text,
    unique (group_id, number)
);

create table plan_assignment (
    id           bigserial primary key,
    item_id      bigint      not null references plan_item (id),
    agency_code  text        not null,
    status       text        not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    percent      integer     not null default 0 check (percent between 0 and 100),
    done_on      date,
    updated_at   timestamptz not null,
    version      integer     not null default 0,
    unique (item_id, agency_code)
);

create table plan_progress (
    id             bigserial primary key,
    assignment_id  bigint      not null references plan_assignment (id),
    at             timestamptz not null,
    by_account     text        not null,
    percent        integer     not null check (percent between 0 and 100),
    note           text,
    evidence_link  text
);
create index plan_progress_assignment on plan_progress (assignment_id, at);

-- a unit plan's item carries out items of the province's plan
create table plan_item_link (
    unit_item_id      bigint not null references plan_item (id),
    province_item_id  bigint not null references plan_item (id),
    primary key (unit_item_id, province_item_id)
);

-- which units must issue their PAR plan for a year, and by when
create table plan_obligation (
    year         integer not null,
    agency_code  text    not null,
    due_on       date    not null,
    primary key (year, agency_code)
);

-- progress updates are a record: never changed or removed
create function plan_progress_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'plan_progress is append-only';
end $$;
create trigger plan_progress_append_only before update or delete or truncate on plan_progress
    for each statement execute function plan_progress_append_only();
