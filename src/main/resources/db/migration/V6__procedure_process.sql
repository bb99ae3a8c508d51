-- Internal processes (quy trình nội bộ) approved by the chairman of the provincial People's Committee for one
-- procedure: ordered steps, each with a performer and a time. A process refers to its procedure by national code
-- (the catalogue's own ids are internal to it); the procedure version it is checked against is the one in force
-- on valid_from. A later approval for the same code replaces it from its own valid_from: the end of a process is
-- the start of the next one and is derived, never written twice, so history cannot drift.
create table procedure_internal_process (
    id              bigserial primary key,
    procedure_code  text        not null,
    decision_number text        not null,
    approved_on     date        not null,
    valid_from      date        not null,
    request_hash    text        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    constraint procedure_internal_process_decision unique (procedure_code, decision_number),
    constraint procedure_internal_process_from unique (procedure_code, valid_from),
    constraint procedure_internal_process_dates check (valid_from >= approved_on)
);
create index procedure_internal_process_code on procedure_internal_process (procedure_code, valid_from);

-- amount in the unit of the step: WORKING_DAYS and WORKING_HOURS may be mixed in one process (8 working hours a
-- day, Quyết định 188/1999/QĐ-TTg), CALENDAR_DAYS only with calendar days (see ProcessRules).
create table procedure_process_step (
    process_id bigint        not null references procedure_internal_process (id),
    position   integer       not null check (position >= 1),
    name       text          not null,
    performer  text          not null,
    amount     numeric(8, 2) not null check (amount > 0),
    unit       text          not null check (unit in ('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS')),
    primary key (process_id, position)
);
