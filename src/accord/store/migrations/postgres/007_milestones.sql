-- Follow-through kept in the store beside the threads: the milestones each current document sets,
-- followed through the documents that could report on them, and updated with them
-- (`accord.store.tracked`). The status is not kept: it depends on the day it is read.
CREATE TABLE track_milestones (
    id               TEXT PRIMARY KEY,
    source_document  TEXT NOT NULL,
    source_statement TEXT,
    source_meeting   TEXT NOT NULL,
    dialogue         TEXT NOT NULL,                 -- of the meeting that set it
    alliance         TEXT NOT NULL,                 -- JSON list of party codes
    due              TEXT,
    met              INTEGER NOT NULL,              -- evidence says it was done, or an analyst confirmed it
    start_date       TEXT,                          -- where reports are looked for: after this day,
    until_date       TEXT,                          -- up to this one (NULL: open),
    events           TEXT NOT NULL,                 -- and in these meetings (JSON list of keys)
    data             TEXT NOT NULL                  -- JSON: the tracked milestone and its evidence
);
CREATE INDEX track_milestones_by_document ON track_milestones(source_document);
CREATE INDEX track_milestones_by_statement ON track_milestones(source_statement);
CREATE INDEX track_milestones_by_due ON track_milestones(due);
-- a database with documents builds its follow-through (and threads) again on first use
DELETE FROM track_meta WHERE key = 'built' AND EXISTS (SELECT 1 FROM documents);
