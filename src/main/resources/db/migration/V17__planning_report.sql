-- Periodic PAR reports (báo cáo CCHC định kỳ): report periods with their deadline and the units that must report,
-- each unit's report (narrative sections it writes, the figures it sent frozen at submission) and the documents
-- indicator a unit enters per period. Agencies are kept by code, as in the plans.

create table report_period (
    id          bigserial primary key,
    kind        text        not null check (kind in ('QUARTER', 'HALF_YEAR', 'YEAR')),
    year        integer     not null check (year between 2000 and 2100),
    number      integer     not null,
    starts_on   date        not null,
    ends_on     date        not null,
    due_on      date        not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    unique (kind, year, number),
    check (ends_on >= starts_on),
    check ((kind = 'QUARTER' and number between 1 and 4) or (kind = 'HALF_YEAR' and number between 1 and 2)
        or (kind = 'YEAR' and number = 1))
);

create table report_period_unit (
    period_id    bigint not null references report_period (id),
    agency_code  text   not null,
    primary key (period_id, agency_code)
);

create table unit_report (
    id                  bigserial primary key,
    period_id           bigint      not null references report_period (id),
    agency_code         text        not null,
    status              text        not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    -- what the unit sent: null while a draft (then the figures are computed when read)
    figures             jsonb,
    first_submitted_at  timestamptz,
    submitted_at        timestamptz,
    submitted_by        text,
    returned_at         timestamptz,
    returned_by         text,
    return_remark       text,
    accepted_at         timestamptz,
    accepted_by         text,
    created_at          timestamptz not null,
    created_by          text        not null,
    updated_at          timestamptz not null,
    version             integer     not null default 0,
    unique (period_id, agency_code),
    check (status = 'DRAFT' or (figures is not null and first_submitted_at is not null)),
    check (status <> 'RETURNED' or return_remark is not null)
);

create table unit_report_section (
    report_id    bigint not null references unit_report (id),
    section_key  text   not null,
    body         text   not null,
    primary key (report_id, section_key)
);

-- documents sent by the unit in the period and how many of them electronically; the rate is computed when read
create table report_documents (
    period_id    bigint      not null references report_period (id),
    agency_code  text        not null,
    sent         integer     not null check (sent >= 0),
    electronic   integer     not null check (electronic >= 0),
    entered_at   timestamptz not null,
    entered_by   text        not null,
    primary key (period_id, agency_code),
    check (electronic <= sent)
);
