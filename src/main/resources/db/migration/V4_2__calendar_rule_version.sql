-- Holiday rules become editable by administrators (/admin/calendar/rules): a version for optimistic locking, and the
-- legal basis of the act that ended a rule. Rows are never deleted: ending a rule only sets valid_to, so every year
-- it already applied to keeps being computed with it.
alter table calendar_holiday_rule add column version int not null default 1;
alter table calendar_holiday_rule add column end_basis text;

create index calendar_holiday_rule_occasion on calendar_holiday_rule (occasion, valid_from);
