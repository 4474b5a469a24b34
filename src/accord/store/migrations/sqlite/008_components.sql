-- Each component of tracking (appearances joined by links of at least the threshold; a thread never
-- crosses one) kept whole, so that a change re-clusters the components it touches from one row each
-- rather than from every link of their appearances (`accord.store.tracked`).
CREATE TABLE track_components (
    id    TEXT PRIMARY KEY,                         -- its first unit
    units TEXT NOT NULL,                            -- JSON [[unit ...], [document_id ...], [date ...]], in key order
    links BLOB NOT NULL                             -- its links by position in units: int32 a..., int32 b..., float64 sim...
);
CREATE TABLE track_unit_components (
    unit      TEXT PRIMARY KEY,
    component TEXT NOT NULL
);
-- a database with documents builds its tracking again on first use
DELETE FROM track_meta WHERE key = 'built' AND EXISTS (SELECT 1 FROM documents);
