-- Dossier statistics are computed from the dossier rows when asked (never stored as totals). Two facts make that
-- possible and fast: when a dossier left processing, and the field (lĩnh vực) of its procedure at reception.

-- When the dossier left processing: its result was signed off, or it was refused, withdrawn or suspended after
-- reception. Null while it is still being handled.
alter table dossier add column closed_at timestamptz;
-- The procedure's field as in force on the reception date (for a bundle, its first part's).
alter table dossier add column procedure_field text;

update dossier set closed_at = resolved_at where resolved_at is not null;
update dossier d set closed_at = h.at
from (select dossier_id, min(at) as at from dossier_status_history
      where to_status in ('REFUSED', 'WITHDRAWN', 'SUSPENDED') group by dossier_id) h
where d.id = h.dossier_id and d.closed_at is null and d.received_at is not null;
update dossier d set procedure_field = v.field
from procedure_version v
where v.code = d.procedure_code and v.valid_from <= d.submitted_at::date
  and (v.valid_to is null or v.valid_to > d.submitted_at::date);

-- A dossier counts in a period when its life in processing, [received, closed], meets the period: this index finds
-- those dossiers of a set of agencies without reading the others.
create index dossier_life on dossier using gist (handling_agency_id,
    tstzrange(received_at, coalesce(closed_at, 'infinity'), '[]')) where received_at is not null;
