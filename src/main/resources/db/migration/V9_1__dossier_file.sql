-- Files uploaded with a dossier (online submission by the citizen, or later by staff). The bytes live in the
-- database next to the dossier so that one transaction writes both or neither. One row per distinct content per
-- dossier: the same bytes uploaded twice for a dossier are stored once.
create table dossier_file (
    id                bigserial primary key,
    dossier_id        bigint      not null references dossier (id),
    dossier_code      text        not null,
    component_name    text        not null,
    original_name     text        not null,
    content_type      text        not null,
    size_bytes        bigint      not null,
    sha256            text        not null,
    bytes             bytea       not null,
    uploaded_at       timestamptz not null,
    uploaded_by       text        not null,
    unique (dossier_id, sha256)
);
create index dossier_file_code on dossier_file (dossier_code, id);
