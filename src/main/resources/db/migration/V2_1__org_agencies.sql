-- Agencies (cơ quan): People's Committees, departments, boards, public service units, one-stop centres and
-- central agencies based in the province. Like units, an agency version is its code plus its period; its parent
-- is fixed for the life of a version (a move to another parent is a new version), so path and depth live on
-- the row. Central agencies are roots of their own: they answer to their ministry, not to the province.
create table org_agency (
    id         bigserial primary key,
    code       text         not null,
    name       text         not null collate org_vietnamese,
    kind       text         not null check (kind in ('PEOPLES_COMMITTEE', 'DEPARTMENT', 'BOARD', 'SERVICE_UNIT',
                                                     'ONE_STOP_CENTRE', 'CENTRAL_AGENCY', 'OTHER')),
    parent_id  bigint       references org_agency (id),
    path       varchar(512) not null,
    depth      integer      not null check (depth >= 1),
    unit_id    bigint       references org_unit (id),
    valid_from date         not null,
    valid_to   date,
    source     text,
    version    integer      not null default 0,
    created_at timestamptz  not null default now(),
    constraint org_agency_period check (valid_to is null or valid_to > valid_from),
    constraint org_agency_code_from unique (code, valid_from),
    constraint org_agency_no_overlap exclude using gist (code with =, daterange(valid_from, valid_to) with &&)
);
create index org_agency_path on org_agency (path varchar_pattern_ops);
create index org_agency_parent on org_agency (parent_id);
create index org_agency_unit on org_agency (unit_id);
