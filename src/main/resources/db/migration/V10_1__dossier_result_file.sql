-- The result of a dossier (the signed-off document returned to the citizen, downloadable when it is returned online)
-- is stored as files beside the components handed in, told apart by kind. Uniqueness becomes per kind: uploading the
-- same bytes twice as a result stores them once, and a result identical to a submitted component (e.g. a certified
-- copy returned as is) is still recorded as the result and served publicly as such, while components never are.
alter table dossier_file add column kind text not null default 'COMPONENT'
    constraint dossier_file_kind check (kind in ('COMPONENT', 'RESULT'));
alter table dossier_file drop constraint dossier_file_dossier_id_sha256_key;
alter table dossier_file add constraint dossier_file_dossier_kind_sha256_key unique (dossier_id, kind, sha256);
