-- Reminders to the units (nhắc việc): written by a daily job for every assignment of an issued plan that is due soon
-- or overdue, and for every unit that has not issued its own plan by its obligation date. Addressed to the unit by
-- agency code; read per staff member. A mail or SMS sender would read the unread rows from here.
create table plan_reminder (
    id             bigserial primary key,
    agency_code    text        not null,
    kind           text        not null check (kind in ('DUE_SOON', 'OVERDUE', 'PLAN_NOT_ISSUED')),
    day            date        not null,
    assignment_id  bigint      references plan_assignment (id),
    year           integer     not null,
    deadline       date        not null,
    created_at     timestamptz not null,
    check ((kind = 'PLAN_NOT_ISSUED') = (assignment_id is null))
);
-- at most one reminder per assignment, kind and day: the job may run twice on a day
create unique index plan_reminder_once on plan_reminder (assignment_id, kind, day) where assignment_id is not null;
create unique index plan_reminder_plan_once on plan_reminder (agency_code, year, kind, day)
    where assignment_id is null;
-- the menu counts a unit's unread reminders on every page
create index plan_reminder_agency on plan_reminder (agency_code, day desc, id);

create table plan_reminder_read (
    reminder_id  bigint      not null references plan_reminder (id),
    username     text        not null,
    read_at      timestamptz not null,
    primary key (reminder_id, username)
);

-- An issued plan is amended by a later document: the item's content or deadline changes, with the reason. The
-- record of amendments is never changed or removed.
create table plan_item_amendment (
    id               bigserial primary key,
    item_id          bigint      not null references plan_item (id),
    at               timestamptz not null,
    by_account       text        not null,
    reason           text        not null,
    content_before   text        not null,
    content_after    text        not null,
    deadline_before  date,
    deadline_after   date
);
create index plan_item_amendment_item on plan_item_amendment (item_id, at);

create function plan_item_amendment_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'plan_item_amendment is append-only';
end $$;
create trigger plan_item_amendment_append_only before update or delete or truncate on plan_item_amendment
    for each statement execute function plan_item_amendment_append_only();
