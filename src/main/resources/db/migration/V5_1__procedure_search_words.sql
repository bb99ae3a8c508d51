-- Fast typo-tolerant search. Rechecking word_similarity (<%) on every trigram candidate cost ~200 ms with 10,000
-- procedures, so names are matched word by word instead (the pg_trgm documentation's spelling-suggestion
-- pattern): the folded name's words are indexed for full-text search, and every distinct word goes into a small
-- dictionary with a GiST trigram index. A query word that is not in the dictionary is replaced by its nearest
-- dictionary words (trigram distance <->) or taken as a prefix, and the words are AND-ed in a tsquery.
alter table procedure_version
    add column search_words tsvector generated always as (to_tsvector('simple', procedure_fold(name))) stored;
create index procedure_version_words on procedure_version using gin (search_words);

create table procedure_word (
    word text primary key
);
create index procedure_word_trgm on procedure_word using gist (word gist_trgm_ops);

create function procedure_word_collect() returns trigger language plpgsql as $$
begin
    insert into procedure_word (word)
    select w from unnest(tsvector_to_array(new.search_words)) as w
    on conflict do nothing;
    return null;
end;
$$;

create trigger procedure_version_words after insert on procedure_version
    for each row execute function procedure_word_collect();

insert into procedure_word (word)
select distinct w from procedure_version, unnest(tsvector_to_array(search_words)) as w
on conflict do nothing;

-- the field filter (lĩnh vực) without a text
create index procedure_version_field on procedure_version (field, valid_from);
