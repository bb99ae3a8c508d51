-- Staff accounts. Citizens need none. Each account belongs to one agency (org_agency.id, referred to by id
-- across modules) and holds one or more roles; what it may read and change is bounded by both.
create table account_staff (
    id                  bigserial primary key,
    username            text        not null,
    display_name        text        not null,
    email               text,
    password_hash       text        not null,
    agency_id           bigint      not null,
    enabled             boolean     not null default true,
    failed_logins       integer     not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz not null,
    created_at          timestamptz not null,
    version             integer     not null default 0,
    constraint account_staff_username_lower check (username = lower(username)),
    constraint account_staff_username_form check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);
create unique index account_staff_username on account_staff (username);
create index account_staff_agency on account_staff (agency_id);

create table account_staff_role (
    staff_id bigint not null references account_staff (id),
    role     text   not null check (role in ('COUNTER_OFFICER', 'SPECIALIST', 'AGENCY_LEADER', 'PAR_FOCAL_POINT',
                                             'PAR_OFFICE', 'PROVINCIAL_LEADER', 'ADMIN')),
    primary key (staff_id, role)
);
