-- Messages for the national public service portal, written in the transaction of the dossier change they describe
-- (an outbox: a change is never committed without its message, nor a message without its change) and sent later by
-- the portal sender. Messages of one dossier are delivered in id order: a message waits while an earlier one of the
-- same dossier is not SENT.
create table dossier_portal_outbox (
    id              bigint generated always as identity primary key,
    dossier_code    text        not null,
    kind            text        not null constraint dossier_portal_outbox_kind check (kind in ('DOSSIER', 'PROGRESS')),
    payload         jsonb       not null,
    created_at      timestamptz not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz,
    status          text        not null default 'PENDING'
        constraint dossier_portal_outbox_status check (status in ('PENDING', 'SENT', 'FAILED'))
);

-- the sender's poll: due PENDING rows in order
create index dossier_portal_outbox_due on dossier_portal_outbox (next_attempt_at, id) where status = 'PENDING';
-- the ordering rule (earlier unsent messages of the same dossier) and the failures view
create index dossier_portal_outbox_unsent on dossier_portal_outbox (dossier_code, id) where status <> 'SENT';
