-- PAR Index (Chỉ số cải cách hành chính) of the province's departments and People's Committees: criteria sets per
-- year and unit group, band tables per year, yearly cycles with self-assessment, appraisal, explanation, lock and
-- publication. Totals, percentages, bands and ranks are computed when asked, never stored (see docs/parindex.md).

-- A criteria set (bộ chỉ số) of one year and one unit group. A new version is a copy; once a cycle uses a version it
-- is frozen and a change makes a new version.
create table parindex_criteria_set (
    id            bigserial primary key,
    year          integer     not null,
    unit_group    varchar(20) not null check (unit_group in ('DEPARTMENT', 'DISTRICT', 'COMMUNE', 'SERVICE_UNIT',
                                                            'CENTRAL_AGENCY')),
    version       integer     not null,
    title         text        not null,
    basis         text,
    illustrative  boolean     not null default false,
    frozen        boolean     not null default false,
    copied_from   bigint references parindex_criteria_set (id),
    created_at    timestamptz not null default now(),
    created_by    varchar(80) not null default 'system',
    unique (year, unit_group, version)
);

-- Areas (lĩnh vực) → criteria (tiêu chí) → sub-criteria (tiêu chí thành phần). Points are entered on leaves; the
-- maximum of an area or criterion with children is the sum of its leaves (checked when a set is loaded).
create table parindex_criterion (
    id            bigserial primary key,
    set_id        bigint       not null references parindex_criteria_set (id) on delete cascade,
    parent_id     bigint references parindex_criterion (id) on delete cascade,
    level         varchar(10)  not null check (level in ('AREA', 'CRITERION', 'SUB')),
    code          varchar(20)  not null,
    position      integer      not null,
    name          text         not null,
    max_points    numeric(6, 2) not null check (max_points >= 0),
    guidance      text,
    evidence      text,
    source        varchar(10)  not null check (source in ('SELF', 'APPRAISED', 'SURVEY', 'COMPUTED')),
    metric        varchar(40),
    formula       text,
    illustrative  boolean      not null default false,
    unique (set_id, code),
    check (source <> 'COMPUTED' or (metric is not null and formula is not null))
);
create index parindex_criterion_set on parindex_criterion (set_id, position);

-- Band table of a year (xếp loại). A percent falls in the first band, from the top, whose lower bound it reaches:
-- lower_inclusive = false means "trên X%" (X itself belongs to the band below), true means "từ X%". A null lower
-- bound is the bottom band.
create table parindex_band (
    year            integer      not null,
    position        integer      not null,
    code            varchar(20)  not null,
    name_vi         text         not null,
    name_en         text         not null,
    lower_bound     numeric(5, 2),
    lower_inclusive boolean      not null default true,
    wording_vi      text         not null,
    primary key (year, position),
    unique (year, code)
);

create table parindex_cycle (
    id                    bigserial primary key,
    year                  integer     not null unique,
    status                varchar(12) not null check (status in ('DRAFT', 'OPEN', 'APPRAISAL', 'EXPLANATION',
                                                                 'LOCKED', 'PUBLISHED')),
    scope_date            date        not null,
    self_deadline         date        not null,
    explanation_deadline  date,
    opened_at             timestamptz not null,
    opened_by             varchar(80) not null,
    locked_at             timestamptz,
    published_at          timestamptz,
    published_by          varchar(80),
    version               integer     not null default 0
);

-- A unit assessed in a cycle, as it was on the cycle's scope date (code and name copied, so later renames and
-- merges do not change a published year). Excluded units are scored for monitoring but not ranked.
create table parindex_entry (
    id                bigserial primary key,
    cycle_id          bigint       not null references parindex_cycle (id),
    unit_code         varchar(40)  not null,
    unit_name         text         not null,
    agency_id         bigint,
    unit_group        varchar(20)  not null,
    set_id            bigint       not null references parindex_criteria_set (id),
    ranked            boolean      not null default true,
    exclusion_reason  text,
    submitted_at      timestamptz,
    submitted_by      varchar(80),
    late              boolean      not null default false,
    version           integer      not null default 0,
    unique (cycle_id, unit_code),
    check (ranked or exclusion_reason is not null)
);

-- The score of one leaf criterion of one unit through the rounds: self-assessment, appraisal (with send-back for
-- explanation), the unit's explanation (round 2) and the final score fixed when the cycle is locked.
create table parindex_score (
    id                bigserial primary key,
    entry_id          bigint        not null references parindex_entry (id),
    criterion_id      bigint        not null references parindex_criterion (id),
    self_score        numeric(6, 2),
    self_comment      text,
    evidence_links    text,
    appraised_score   numeric(6, 2),
    appraisal_remark  text,
    sent_back         boolean       not null default false,
    explanation       text,
    explained_at      timestamptz,
    final_score       numeric(6, 2),
    updated_at        timestamptz   not null default now(),
    updated_by        varchar(80)   not null default 'system',
    version           integer       not null default 0,
    unique (entry_id, criterion_id)
);

-- Evidence files (tài liệu kiểm chứng): PDF, JPEG or PNG checked by their bytes, fingerprinted with SHA-256.
create table parindex_evidence (
    id            bigserial primary key,
    score_id      bigint       not null references parindex_score (id),
    file_name     text         not null,
    content_type  varchar(40)  not null,
    size_bytes    integer      not null,
    sha256        char(64)     not null,
    bytes         bytea        not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(80)  not null
);
create index parindex_evidence_score on parindex_evidence (score_id);
