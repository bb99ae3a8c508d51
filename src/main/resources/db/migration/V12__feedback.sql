-- Citizen feedback and recommendations (phản ánh, kiến nghị; Nghị định 20/2008/NĐ-CP): the feedback rows, their
-- append-only history, attached files, daily code counters and the idempotency keys of public submissions.
create table feedback (
    id                  bigserial primary key,
    code                text        not null unique,
    channel             text        not null check (channel in ('ONLINE', 'HOTLINE', 'POST')),
    kind                text        not null
                        check (kind in ('PROCEDURE', 'OFFICER_CONDUCT', 'REGULATION', 'OTHER')),
    subject             text        not null,
    content             text        not null,
    anonymous           boolean     not null default false,
    -- personal data: never published, never sent through the public API or Open311
    submitter_name      text,
    submitter_phone     text,
    submitter_email     text,
    submitter_address   text,
    -- how the submitter follows the feedback: the last 4 digits of the phone, or a random secret (hash kept)
    check_kind          text        not null check (check_kind in ('PHONE', 'SECRET')),
    secret_hash         text,
    dossier_code        text,
    procedure_code      text,
    procedure_name      text,
    status              text        not null check (status in ('RECEIVED', 'CLASSIFIED', 'OUT_OF_SCOPE', 'FORWARDED',
                            'ANSWERED', 'PUBLISHED', 'CLOSED')),
    scope_reason        text,
    field               text,
    competent_agency_id bigint,
    answer              text,
    public_question     text,
    public_answer       text,
    received_at         timestamptz not null,
    received_by         text        not null,
    forward_due_on      date        not null,
    classified_at       timestamptz,
    forwarded_at        timestamptz,
    answer_due_on       date,
    answered_at         timestamptz,
    answered_by         text,
    published_at        timestamptz,
    closed_at           timestamptz,
    updated_at          timestamptz not null,
    version             integer     not null default 0
);
create index feedback_status on feedback (status, forward_due_on);
create index feedback_agency on feedback (competent_agency_id, status);
create index feedback_published on feedback (published_at desc) where published_at is not null;

-- PAKN-yyMMdd-nnnn: one counter row per day, taken with insert … on conflict … do update … returning
create table feedback_code_counter (
    day        date    primary key,
    last_value integer not null
);

create table feedback_history (
    id          bigserial primary key,
    feedback_id bigint      not null references feedback (id),
    at          timestamptz not null,
    actor       text        not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    note        text
);
create index feedback_history_feedback on feedback_history (feedback_id, id);

create function feedback_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'feedback_history is append-only (% refused)', tg_op;
end;
$$;
create trigger feedback_history_no_update before update or delete on feedback_history
    for each row execute function feedback_history_is_append_only();
create trigger feedback_history_no_truncate before truncate on feedback_history
    for each statement execute function feedback_history_is_append_only();

-- Files attached to a feedback, checked like dossier files (type by magic bytes, sizes); stored once per content.
create table feedback_file (
    id            bigserial primary key,
    feedback_id   bigint      not null references feedback (id),
    feedback_code text        not null,
    original_name text        not null,
    content_type  text        not null,
    size_bytes    bigint      not null,
    sha256        text        not null,
    bytes         bytea       not null,
    uploaded_at   timestamptz not null,
    uploaded_by   text        not null,
    unique (feedback_id, sha256)
);

-- Idempotency keys of public submissions: a retry with the same key and request returns the first feedback (and,
-- for an anonymous one, the same secret, which only the holder of the random key can see again).
create table feedback_idempotency (
    key           text        primary key,
    request_hash  text        not null,
    feedback_code text,
    secret        text,
    created_at    timestamptz not null default now()
);
