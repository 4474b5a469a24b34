-- The record of each document as extracted, the analysts' corrections kept apart.
-- Offsets (span_start, span_end) are character offsets into documents.text.

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,                 -- content id: sha256 of the cleaned text, first 16 hex
    source       TEXT NOT NULL,                    -- the path it was read from
    version      INTEGER NOT NULL,                 -- 1, 2, ... per source: a changed file is a new version
    text         TEXT NOT NULL,                    -- the cleaned text
    title        TEXT,
    published    TEXT,
    kind         TEXT NOT NULL DEFAULT 'other',
    format       TEXT NOT NULL DEFAULT 'text',     -- how it was read: text | html | pdf
    content_hash TEXT NOT NULL,                    -- full sha256 of text
    removed      TEXT NOT NULL DEFAULT '[]',       -- JSON list of the boilerplate lines the reader stripped
    ingested_at  TEXT NOT NULL,
    extracted_at TEXT NOT NULL,
    UNIQUE (source, version)
);

-- The latest version of every source: what list, show, search and export read.
CREATE VIEW current_documents AS
SELECT * FROM documents AS d
WHERE NOT EXISTS (SELECT 1 FROM documents AS n WHERE n.source = d.source AND n.version > d.version);

CREATE TABLE meetings (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    key         TEXT NOT NULL COLLATE NOCASE,      -- KIDD-14, or SCC-2024-07-28 without a round
    dialogue    TEXT,
    acronym     TEXT,
    round       INTEGER,
    start_date  TEXT,
    end_date    TEXT,
    date_basis  TEXT,
    venue       TEXT,
    format      TEXT,
    parties     TEXT NOT NULL DEFAULT '[]'         -- JSON list of party codes
);
CREATE INDEX meetings_by_key ON meetings(key);

CREATE TABLE heads (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    title       TEXT,
    party       TEXT,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE sessions (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    acronym     TEXT,
    PRIMARY KEY (document_id, ordinal)
);

-- Statements as they stand: extracted, with every correction applied.
CREATE TABLE statements (
    pk          INTEGER PRIMARY KEY,               -- stable rowid for the search index
    id          TEXT NOT NULL UNIQUE,              -- document id ':' ordinal, or ':a' correction id when added
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,                  -- order in the record
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    act         TEXT NOT NULL,
    actors      TEXT NOT NULL DEFAULT '[]',        -- JSON list of party codes
    commitment  INTEGER NOT NULL DEFAULT 0,
    content     TEXT,
    condition   TEXT,
    session     TEXT,
    milestone   TEXT,
    reported_by TEXT,                              -- JSON list of party codes, or NULL
    origin      TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'added')),
    corrected   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX statements_by_document ON statements(document_id, ordinal);
CREATE INDEX statements_by_act ON statements(act);

CREATE TABLE statement_topics (
    statement_pk INTEGER NOT NULL REFERENCES statements(pk) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    topic        TEXT NOT NULL,
    PRIMARY KEY (statement_pk, topic)
);
CREATE INDEX statement_topics_by_topic ON statement_topics(topic);

CREATE TABLE milestones (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    due         TEXT,                              -- YYYY, YYYY-MM or YYYY-MM-DD
    venue       TEXT,
    span_start  INTEGER,
    span_end    INTEGER,
    text        TEXT,
    PRIMARY KEY (document_id, ordinal)
);

-- Analysts' corrections: a log replayed over every extraction, never rewritten by one.
-- A change or delete finds its statement by document, span and act; an add always applies.
CREATE TABLE corrections (
    id           INTEGER PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    statement_id TEXT,                             -- the id the statement had when corrected
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    act          TEXT,                             -- the act the statement had when corrected
    action       TEXT NOT NULL CHECK (action IN ('change', 'delete', 'add')),
    fields       TEXT NOT NULL DEFAULT '{}',       -- JSON of the fields set
    before       TEXT,                             -- JSON of the statement as it was
    made_by      TEXT NOT NULL,
    made_at      TEXT NOT NULL,
    note         TEXT,
    status       TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'orphaned'))
);
CREATE INDEX corrections_by_document ON corrections(document_id, id);
