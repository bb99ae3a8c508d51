-- Interconnected dossiers (hồ sơ liên thông), financial obligations and the way the result was returned.

-- The bundle a dossier was received for (its procedure_code then holds the bundle code too); null = one procedure.
alter table dossier add column bundle_code text;
-- What the citizen was asked to pay (thực hiện nghĩa vụ tài chính, portal status 6) while the clock is stopped.
alter table dossier add column payment_items text[] not null default '{}';
-- How the result was returned: at the counter, by public postal service or online.
alter table dossier add column return_mode text check (return_mode in ('COUNTER', 'POST', 'ONLINE'));

-- The parts of an interconnected dossier, each handled by its own agency. Their names, performers and times are
-- the dossier's process steps (dossier_process_step.number = position), so the control sheet attributes lateness
-- to the part and agency that overran, as for the steps of one procedure.
create table dossier_part (
    dossier_id     bigint  not null references dossier (id),
    position       integer not null check (position >= 1),
    stage          integer not null check (stage >= 1),
    procedure_code text,
    agency_id      bigint  not null,
    status         text    not null check (status in ('WAITING', 'IN_PROGRESS', 'DONE')),
    done_at        timestamptz,
    done_by        text,
    primary key (dossier_id, position)
);
create index dossier_part_agency on dossier_part (agency_id, status);
