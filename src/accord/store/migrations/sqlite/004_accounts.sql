-- A team's accounts: analysts with roles, their API tokens and web sessions, failed logins
-- (for throttling), and the server's signing key, all kept in the database so every server
-- worker shares them. Corrections gain undo (an undo is a new entry naming the one it undoes)
-- and a third status: 'refused', an attempt that lost a race for the same act (HTTP 409).

CREATE TABLE users (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('reader', 'analyst', 'admin')),
    password_hash TEXT NOT NULL,                    -- argon2id
    created_at    TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY,
    user_name  TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,                -- sha256 of the token, which is shown once
    label      TEXT,
    created_at TEXT NOT NULL,
    used_at    TEXT,
    revoked_at TEXT
);

CREATE TABLE web_sessions (
    id         TEXT PRIMARY KEY,                    -- sha256 of the session's secret
    user_name  TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE TABLE login_failures (
    name    TEXT NOT NULL,
    address TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX login_failures_by_name ON login_failures(name, at);
CREATE INDEX login_failures_by_address ON login_failures(address, at);

CREATE TABLE server_keys (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE corrections_log (
    id           INTEGER PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    statement_id TEXT,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    act          TEXT,
    action       TEXT NOT NULL CHECK (action IN ('change', 'delete', 'add')),
    fields       TEXT NOT NULL DEFAULT '{}',
    before       TEXT,
    made_by      TEXT NOT NULL,
    made_at      TEXT NOT NULL,
    note         TEXT,
    status       TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'orphaned', 'refused')),
    undoes       INTEGER                            -- the correction this one undoes
);
INSERT INTO corrections_log (id, document_id, statement_id, span_start, span_end, act, action, fields, before,
                             made_by, made_at, note, status)
SELECT id, document_id, statement_id, span_start, span_end, act, action, fields, before,
       made_by, made_at, note, status FROM corrections;
DROP TABLE corrections;
ALTER TABLE corrections_log RENAME TO corrections;
CREATE INDEX corrections_by_document ON corrections(document_id, id);
CREATE INDEX corrections_by_undoes ON corrections(undoes);
