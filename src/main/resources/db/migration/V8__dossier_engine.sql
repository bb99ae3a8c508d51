-- One-stop dossiers (hồ sơ): reception, status history, processing steps, idempotency keys, daily code counters.

-- Agency identifier codes used in dossier codes (mã định danh cơ quan, e.g. 000.18.29.H51); an agency without a
-- row uses its own agency code.
create table dossier_agency_identifier (
    agency_code text primary key,
    identifier  text not null
);

-- The last daily sequence number given per (identifier, day): updated with insert ... on conflict ... returning so
-- that concurrent receptions never share a number.
create table dossier_code_counter (
    identifier text    not null,
    day        date    not null,
    last_value integer not null,
    primary key (identifier, day)
);

create table dossier (
    id                  bigserial primary key,
    code                text        not null unique,
    procedure_code      text        not null,
    procedure_name      text        not null,
    regime              text        not null,
    channel             text        not null,
    receiving_agency_id bigint      not null,
    handling_agency_id  bigint      not null,
    applicant_name      text        not null,
    applicant_id_number text,
    applicant_phone     text,
    applicant_address   text,
    status              text        not null,
    version             integer     not null default 0,
    submitted_at        timestamptz not null,
    received_at         timestamptz,
    due_at              timestamptz,
    original_due_at     timestamptz,
    clock_stopped_at    timestamptz,
    supplement_requests integer     not null default 0,
    flagged_late        boolean     not null default false,
    apologised          boolean     not null default false,
    handed_in           text[]      not null default '{}',
    missing_items       text[]      not null default '{}',
    reasons             text[]      not null default '{}',
    current_step        integer,
    assignee            text,
    resolved_at         timestamptz,
    delivered_at        timestamptz
);
create index dossier_handling_status on dossier (handling_agency_id, status);
create index dossier_receiving_status on dossier (receiving_agency_id, status);
create index dossier_assignee on dossier (assignee) where assignee is not null;

-- Every transition, in order; never updated.
create table dossier_status_history (
    id          bigserial primary key,
    dossier_id  bigint      not null references dossier (id),
    at          timestamptz not null,
    actor       text        not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    note        text
);
create index dossier_status_history_dossier on dossier_status_history (dossier_id, id);

-- The internal process the dossier follows, copied from the procedure's process in force on the reception date.
create table dossier_process_step (
    dossier_id bigint  not null references dossier (id),
    number     integer not null,
    name       text    not null,
    performer  text    not null,
    amount     numeric,
    unit       text,
    primary key (dossier_id, number)
);

-- Each time a step is worked on (a return to an earlier step, or a supplement pause, starts a new run).
create table dossier_step_run (
    id             bigserial primary key,
    dossier_id     bigint      not null references dossier (id),
    step_number    integer     not null,
    started_at     timestamptz not null,
    planned_due_at timestamptz not null,
    ended_at       timestamptz,
    started_by     text        not null,
    ended_by       text,
    end_reason     text
);
create index dossier_step_run_dossier on dossier_step_run (dossier_id, id);

create table dossier_idempotency (
    key          text primary key,
    actor        text        not null,
    request_hash text        not null,
    dossier_code text,
    created_at   timestamptz not null default now()
);
