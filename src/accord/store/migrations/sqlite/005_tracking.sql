-- Tracking kept in the store, so one document's change updates only what it touches.
-- Every row here is derived from the current documents' statements (corrections applied):
-- `accord track --rebuild` empties and refills these tables, and gives what the increments give.

-- Each current statement that states a position: its signature (what linking compares)
-- and what a thread shows of it. `unit` is the leading statement of its appearance.
CREATE TABLE track_statements (
    statement_id TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL,
    unit         TEXT NOT NULL,
    rank         INTEGER NOT NULL,                  -- 0 leads its appearance; then its echoes
    bucket       TEXT NOT NULL,                     -- alliance and family: only one bucket can link
    family       TEXT NOT NULL,
    alliance     TEXT NOT NULL,                     -- JSON list of party codes
    actors       TEXT NOT NULL,                     -- JSON list
    topics       TEXT NOT NULL,                     -- JSON list
    terms        TEXT NOT NULL,                     -- content terms, space-separated
    length       INTEGER NOT NULL,
    words        TEXT NOT NULL,                     -- the words that state the position
    runs         TEXT NOT NULL,                     -- JSON: their runs of content words (for labels)
    meeting      TEXT NOT NULL,
    dialogue     TEXT NOT NULL,
    round        INTEGER,
    date         TEXT,
    act          TEXT NOT NULL,
    text         TEXT NOT NULL
);
CREATE INDEX track_statements_by_document ON track_statements(document_id);
CREATE INDEX track_statements_by_unit ON track_statements(unit);

-- The inverted index over content terms: an appearance under each of its rarest words.
CREATE TABLE track_terms (
    bucket TEXT NOT NULL,
    term   TEXT NOT NULL,
    unit   TEXT NOT NULL,
    PRIMARY KEY (bucket, term, unit)
);
CREATE INDEX track_terms_by_unit ON track_terms(unit);

-- Links between appearances of different documents (a < b), at least linking.LINK_FLOOR.
CREATE TABLE track_links (
    a   TEXT NOT NULL,
    b   TEXT NOT NULL,
    sim REAL NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX track_links_by_b ON track_links(b);

-- Threads, and the statements on each (leading statements and their echoes).
CREATE TABLE threads (
    id               TEXT PRIMARY KEY,
    label            TEXT NOT NULL,
    family           TEXT NOT NULL,
    alliance         TEXT NOT NULL,                 -- JSON list
    topics           TEXT NOT NULL,                 -- JSON list, most frequent first
    actors           TEXT NOT NULL,                 -- JSON list
    dialogues        TEXT NOT NULL,                 -- JSON list
    appearances      INTEGER NOT NULL,
    first_meeting    TEXT NOT NULL,
    first_date       TEXT,
    last_meeting     TEXT NOT NULL,
    last_dialogue    TEXT NOT NULL,
    last_date        TEXT,
    last_significant INTEGER NOT NULL,              -- the last change in wording touched a key term
    search           TEXT NOT NULL                  -- label and every appearance's text, lower case
);
CREATE INDEX threads_by_size ON threads(appearances DESC, first_date, id);

CREATE TABLE thread_members (
    statement_id TEXT PRIMARY KEY,
    thread_id    TEXT NOT NULL,
    unit         TEXT NOT NULL,
    document_id  TEXT NOT NULL
);
CREATE INDEX thread_members_by_thread ON thread_members(thread_id);
CREATE INDEX thread_members_by_unit ON thread_members(unit);

-- Set once tracking has been built over the whole record; a database from before this
-- migration is built on first use (`Store.tracker().ensure()`).
CREATE TABLE track_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO track_meta (key, value) SELECT 'built', '1' WHERE NOT EXISTS (SELECT 1 FROM documents);
