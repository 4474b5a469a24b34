-- Full-text search over the words of each statement (weight A) and what it pledges or
-- assesses (weight B): a generated tsvector column with a GIN index, kept in step by the
-- database itself. The 'accord' configuration stems English like 'english' but keeps stop
-- words, so that every word a person types must occur, as on SQLite (FTS5, porter).

CREATE TEXT SEARCH DICTIONARY accord_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION accord (COPY = english);
ALTER TEXT SEARCH CONFIGURATION accord
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH accord_stem;

ALTER TABLE statements ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('accord', text), 'A') || setweight(to_tsvector('accord', coalesce(content, '')), 'B')
) STORED;
CREATE INDEX statements_search ON statements USING GIN (search);
