-- Satisfaction surveys (SIPAS): questionnaire versions, survey rounds with their method, sampled invitations with
-- one-time tokens, and answers entered on the web or from paper forms. See docs/survey.md.

-- A questionnaire version never changes once created: a new version is a copy with its own valid_from.
create table survey_questionnaire (
    id           bigserial primary key,
    code         text        not null,
    version      integer     not null,
    valid_from   date        not null,
    title        text        not null,
    source       text,
    scale_labels text[]      not null check (cardinality(scale_labels) = 5),
    based_on     bigint references survey_questionnaire (id),
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    unique (code, version)
);

create table survey_question (
    id               bigserial primary key,
    questionnaire_id bigint  not null references survey_questionnaire (id),
    part             text    not null check (part in ('POLICY', 'SERVICE')),
    group_code       text    not null,
    group_name       text    not null,
    number           integer not null,
    text             text    not null,
    unique (questionnaire_id, number)
);

-- A survey round: one year, a scope (usually the province's People's Committee), the surveyed units, a
-- questionnaire version, the period whose delivered dossiers are sampled, and the method of the index.
create table survey_round (
    id               bigserial primary key,
    year             integer     not null,
    title            text        not null,
    scope_code       text        not null,
    questionnaire_id bigint      not null references survey_questionnaire (id),
    period_from      date        not null,
    period_to        date        not null check (period_to >= period_from),
    sample_size      integer     not null check (sample_size > 0),
    seed             bigint      not null,
    -- the method: answer levels that count as satisfied, parts in the overall index, the minimum number of
    -- answered forms for a unit's figure, the target rate in percent, and how answers are weighted
    satisfied_levels integer[]   not null default '{4,5}',
    parts            text[]      not null default '{POLICY,SERVICE}',
    min_responses    integer     not null default 30 check (min_responses > 0),
    target_rate      numeric(5, 2) not null default 80,
    weighting        text        not null default 'ITEM' check (weighting in ('ITEM', 'QUESTION', 'RESPONDENT')),
    sampled_at       timestamptz,
    created_by       text        not null,
    created_at       timestamptz not null default now()
);
create index survey_round_year on survey_round (year, scope_code);

create table survey_round_unit (
    round_id    bigint  not null references survey_round (id),
    position    integer not null,
    agency_code text    not null,
    agency_id   bigint  not null,
    agency_name text    not null,
    primary key (round_id, agency_code)
);

-- A sampled dossier's invitation; the token is kept only as its SHA-256 (issued when the invitations are printed,
-- issued anew on a re-print) and works once.
create table survey_invitation (
    id           bigserial primary key,
    round_id     bigint      not null references survey_round (id),
    agency_code  text        not null,
    dossier_code text        not null,
    has_phone    boolean     not null,
    token_hash   text unique,
    issued_at    timestamptz,
    used_at      timestamptz,
    unique (round_id, dossier_code)
);
create index survey_invitation_unit on survey_invitation (round_id, agency_code);

create table survey_response (
    id            bigserial primary key,
    round_id      bigint      not null references survey_round (id),
    agency_code   text        not null,
    channel       text        not null check (channel in ('WEB', 'PAPER')),
    invitation_id bigint unique references survey_invitation (id),
    entered_by    text,
    submitted_at  timestamptz not null
);
create index survey_response_unit on survey_response (round_id, agency_code);

-- 1–5 on the scale, 0 = no answer (không trả lời).
create table survey_answer (
    response_id bigint   not null references survey_response (id),
    question_id bigint   not null references survey_question (id),
    value       smallint not null check (value between 0 and 5),
    primary key (response_id, question_id)
);
