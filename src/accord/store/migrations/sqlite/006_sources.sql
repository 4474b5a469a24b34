-- Where each document was found: the pages (URL, crawl date, archive and offset) that carry its text,
-- and the group of near-duplicate pages it belongs to. Several documents with one meeting key are one
-- meeting; these rows list its sources. Keys of dialogues that share an acronym get their parties first.
CREATE TABLE document_sources (
    document_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    url               TEXT NOT NULL,
    crawl_date        TEXT,
    archive           TEXT NOT NULL DEFAULT '',       -- the WARC/WET file or table it was read from
    archive_offset    BIGINT NOT NULL DEFAULT -1,     -- the record's byte offset (a table's row number)
    near_duplicate_of TEXT,                           -- the id naming its group of near-duplicate documents
    PRIMARY KEY (document_id, url, archive, archive_offset)
);
CREATE INDEX document_sources_by_group ON document_sources(near_duplicate_of);

UPDATE meetings
SET key = replace(replace(replace(replace(parties, '[', ''), ']', ''), '"', ''), ', ', '-') || '-' || key
WHERE acronym = '2+2' AND parties <> '[]';
