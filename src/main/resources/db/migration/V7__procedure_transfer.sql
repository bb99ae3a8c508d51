-- Import of the procedure catalogue from XLSX, CSV or JSON (module procedure, sub-package transfer).

-- One row per file that was imported for real: the same file (by SHA-256) with the same decision number is
-- "already imported" and changes nothing.
create table procedure_import (
    id              bigserial primary key,
    sha256          text        not null,
    file_name       text,
    format          text        not null check (format in ('XLSX', 'CSV', 'JSON')),
    decision_number text        not null,
    decision_id     bigint      not null references procedure_decision (id),
    row_count       integer     not null,
    added           integer     not null,
    amended         integer     not null,
    abolished       integer     not null,
    imported_by     text        not null,
    imported_at     timestamptz not null,
    constraint procedure_import_once unique (sha256, decision_number)
);

-- An upload kept between the dry run and the officer's confirmation on the staff page, so the confirmed import
-- is exactly the file that was checked (no second upload). Rows expire and are deleted by later uploads.
create table procedure_import_upload (
    token       uuid primary key,
    sha256      text        not null,
    file_name   text,
    format      text        not null check (format in ('XLSX', 'CSV', 'JSON')),
    content     bytea       not null,
    decision    jsonb       not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null,
    expires_at  timestamptz not null
);
create index procedure_import_upload_expiry on procedure_import_upload (expires_at);
