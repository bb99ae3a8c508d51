-- Interconnected bundles (liên thông): several procedures of different agencies and levels handled as one dossier,
-- with a total time and a time per part. Versions of a bundle are its code plus a period; parts refer to catalogue
-- procedures by national code when the catalogue has them, and keep their name otherwise. Parts with the same
-- stage run side by side; stages run one after the other (see BundleRules). A null amount means "not stated".
create table procedure_bundle (
    id           bigserial primary key,
    code         text          not null,
    name         text          not null,
    valid_from   date          not null,
    valid_to     date,
    total_amount numeric(8, 2) check (total_amount > 0),
    total_unit   text          check (total_unit in ('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS')),
    total_text   text,
    legal_basis  text          not null,
    source       text          not null,
    constraint procedure_bundle_period check (valid_to is null or valid_to > valid_from),
    constraint procedure_bundle_total check ((total_amount is null) = (total_unit is null)),
    constraint procedure_bundle_code_from unique (code, valid_from),
    constraint procedure_bundle_no_overlap exclude using gist (code with =, daterange(valid_from, valid_to) with &&)
);

create table procedure_bundle_part (
    bundle_id      bigint        not null references procedure_bundle (id),
    position       integer       not null check (position >= 1),
    stage          integer       not null check (stage >= 1),
    procedure_code text,
    name           text          not null,
    agency         text          not null,
    amount         numeric(8, 2) check (amount > 0),
    unit           text          check (unit in ('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS')),
    time_text      text,
    primary key (bundle_id, position),
    constraint procedure_bundle_part_time check ((amount is null) = (unit is null))
);
