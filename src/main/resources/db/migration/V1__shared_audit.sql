-- Append-only audit trail: who changed what, when. Rows are never updated or deleted.
create table shared_audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz not null,
    actor        text        not null,
    action       text        not null,
    subject_type text        not null,
    subject_id   text        not null,
    details      jsonb       not null default '{}'::jsonb
);

create index shared_audit_event_subject on shared_audit_event (subject_type, subject_id, occurred_at);
create index shared_audit_event_actor on shared_audit_event (actor, occurred_at);

create function shared_audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'shared_audit_event is append-only (% refused)', tg_op;
end;
$$;

create trigger shared_audit_event_no_update before update or delete on shared_audit_event
    for each row execute function shared_audit_event_is_append_only();
create trigger shared_audit_event_no_truncate before truncate on shared_audit_event
    for each statement execute function shared_audit_event_is_append_only();

-- Search support used by several modules (accent-insensitive, typo-tolerant search).
create extension if not exists unaccent;
create extension if not exists pg_trgm;
