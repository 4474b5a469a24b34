-- Full-text search over the words of each statement and what it pledges or assesses,
-- kept in step with the statements table by triggers.

CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, content,
    content = 'statements', content_rowid = 'pk',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text, content) VALUES (new.pk, new.text, new.content);
END;

CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, content) VALUES ('delete', old.pk, old.text, old.content);
END;

CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, content ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, content) VALUES ('delete', old.pk, old.text, old.content);
    INSERT INTO statements_fts(rowid, text, content) VALUES (new.pk, new.text, new.content);
END;
