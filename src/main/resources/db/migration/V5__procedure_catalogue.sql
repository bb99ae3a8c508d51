-- Procedure catalogue (module procedure). A procedure changes only through a publication decision (quyết định
-- công bố, Nghị định 63/2010/NĐ-CP): each NEW or AMENDED entry adds a version of the code, an ABOLISHED entry ends
-- the current one. Periods are half-open [valid_from, valid_to), valid_to null = still valid.

-- unaccent() is only STABLE (it reads its dictionary by search_path); naming the dictionary makes the result
-- depend on the argument alone, so the wrapper may be IMMUTABLE and used in generated columns and indexes.
create function procedure_fold(text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, $1));

-- Vietnamese alphabetical order with numbers compared as numbers, for lists without a search text.
create collation if not exists procedure_vietnamese (provider = icu, locale = 'vi-u-kn-true');

create table procedure_decision (
    id             bigserial primary key,
    number         text        not null unique,
    signed_on      date        not null,
    signer         text,
    effective_from date        not null,
    issuer         text        not null,
    note           text,
    content_hash   text        not null,
    actor          text        not null,
    recorded_at    timestamptz not null
);

-- Form templates, stored once per (content, name, type) and shared by the versions that attach them.
create table procedure_form (
    id           bigserial primary key,
    sha256       text   not null,
    file_name    text   not null,
    content_type text   not null,
    size         bigint not null,
    content      bytea  not null,
    constraint procedure_form_same unique (sha256, file_name, content_type)
);

create table procedure_version (
    id                  bigserial primary key,
    code                text    not null,
    version             integer not null,
    valid_from          date    not null,
    valid_to            date,
    decision_id         bigint  not null references procedure_decision (id),
    change_kind         text    not null check (change_kind in ('NEW', 'AMENDED')),
    replaces            text,
    abolished_by        bigint references procedure_decision (id),
    name                text    not null,
    field               text    not null,
    levels              text[]  not null,
    competent_agency    text,
    receiving_agency    text,
    steps               text[]  not null,
    processing_amount   numeric(8, 2),
    processing_unit     text check (processing_unit in ('WORKING_DAYS', 'CALENDAR_DAYS', 'WORKING_HOURS')),
    processing_text     text,
    fees                jsonb   not null default '[]'::jsonb,
    fee_text            text,
    result              text,
    requirements        text,
    legal_bases         text[]  not null,
    online_mode         text check (online_mode in ('FULL', 'PARTIAL', 'NONE')),
    legacy_online_level smallint check (legacy_online_level between 1 and 4),
    channels            text[]  not null,
    applicant_types     text[]  not null,
    national_decision   text,
    portal_url          text,
    -- search keys: accent- and case-folded name and agencies
    search_name         text generated always as (procedure_fold(name)) stored,
    search_agency       text generated always as (procedure_fold(coalesce(receiving_agency, '') || ' '
                                                                 || coalesce(competent_agency, ''))) stored,
    constraint procedure_version_period check (valid_to is null or valid_to > valid_from),
    constraint procedure_version_number unique (code, version),
    constraint procedure_version_time check ((processing_amount is null) = (processing_unit is null)),
    -- two versions of one code never exist on the same day
    constraint procedure_version_no_overlap exclude using gist (code with =, daterange(valid_from, valid_to) with &&)
);
create index procedure_version_code on procedure_version (code, valid_from);
create index procedure_version_name_trgm on procedure_version using gin (search_name gin_trgm_ops);
create index procedure_version_agency_trgm on procedure_version using gin (search_agency gin_trgm_ops);
create index procedure_version_current on procedure_version (valid_from, valid_to);

create table procedure_component (
    version_id bigint  not null references procedure_version (id),
    position   integer not null,
    name       text    not null,
    originals  integer check (originals >= 0),
    copies     integer check (copies >= 0),
    form_id    bigint references procedure_form (id),
    primary key (version_id, position)
);
create index procedure_component_form on procedure_component (form_id) where form_id is not null;

-- The facts of the changes report: one row per entry of a published decision.
create table procedure_change (
    id             bigserial primary key,
    decision_id    bigint  not null references procedure_decision (id),
    position       integer not null,
    code           text    not null,
    kind           text    not null check (kind in ('NEW', 'AMENDED', 'ABOLISHED')),
    replaces       text,
    effective_from date    not null,
    version_id     bigint references procedure_version (id),
    name           text    not null,
    constraint procedure_change_position unique (decision_id, position)
);
create index procedure_change_effective on procedure_change (effective_from, kind);
