-- Administrative units over time (module org). A unit version is identified by its official code AND its
-- validity period: codes are reused across reorganisations (92 is both the old and the new Cần Thơ), so the
-- surrogate id is what other tables refer to. Periods are half-open: valid_to is the first day the version no
-- longer exists, null = still exists.
create extension if not exists btree_gist;

-- Vietnamese alphabetical order with numbers compared as numbers (Phường 2 before Phường 10).
create collation if not exists org_vietnamese (provider = icu, locale = 'vi-u-kn-true');

create table org_unit (
    id         bigserial primary key,
    code       text        not null,
    name       text        not null collate org_vietnamese,
    level      text        not null check (level in ('province', 'district', 'commune')),
    type       text        not null,
    valid_from date        not null,
    valid_to   date,
    version    integer     not null default 0,
    created_at timestamptz not null default now(),
    constraint org_unit_period check (valid_to is null or valid_to > valid_from),
    constraint org_unit_code_from unique (code, valid_from),
    -- two versions of one code never exist on the same day
    constraint org_unit_no_overlap exclude using gist (code with =, daterange(valid_from, valid_to) with &&)
);

-- Dated parent links: a unit's parent can change while the unit stays the same. Each link carries the
-- materialised path of ids (/root/.../self/) and the depth valid for its period, for prefix subtree queries.
create table org_unit_link (
    id         bigserial primary key,
    unit_id    bigint       not null references org_unit (id),
    parent_id  bigint       references org_unit (id),
    path       varchar(512) not null,
    depth      integer      not null check (depth >= 1),
    valid_from date         not null,
    valid_to   date,
    constraint org_unit_link_period check (valid_to is null or valid_to > valid_from),
    constraint org_unit_link_no_overlap exclude using gist (unit_id with =, daterange(valid_from, valid_to) with &&)
);
create index org_unit_link_path on org_unit_link (path varchar_pattern_ops);
create index org_unit_link_parent on org_unit_link (parent_id, valid_from);
create index org_unit_code on org_unit (code, valid_from);

-- One recorded reorganisation (merge, split, rename): the legal act and who entered it. The idempotency key
-- lets a client retry the same request without recording it twice.
create table org_reorganisation (
    id              bigserial primary key,
    idempotency_key text unique,
    request_hash    text        not null,
    kind            text        not null check (kind in ('MERGE', 'SPLIT', 'RENAME')),
    effective_date  date        not null,
    legal_basis     text        not null,
    actor           text        not null,
    recorded_at     timestamptz not null
);

-- Lineage: which versions a version came from. successor_id is null only for ABOLISHED (the district level,
-- abolished on 1/7/2025 by Luật Tổ chức chính quyền địa phương 2025).
create table org_unit_lineage (
    id                bigserial primary key,
    predecessor_id    bigint not null references org_unit (id),
    successor_id      bigint references org_unit (id),
    kind              text   not null check (kind in ('MERGE', 'SPLIT', 'RENAME', 'KEPT', 'ABOLISHED')),
    effective_date    date   not null,
    legal_basis       text   not null,
    note              text,
    reorganisation_id bigint references org_reorganisation (id),
    constraint org_unit_lineage_successor check ((kind = 'ABOLISHED') = (successor_id is null))
);
create unique index org_unit_lineage_pair on org_unit_lineage (predecessor_id, coalesce(successor_id, 0));
create index org_unit_lineage_successor on org_unit_lineage (successor_id);
