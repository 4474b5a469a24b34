-- Analysts' verdicts on the evidence tracking proposes for a milestone: a log of
-- corrections of their own kind, replayed over every computation and never
-- touched by re-extraction. The latest verdict on a (milestone, statement) pair wins.
CREATE TABLE milestone_verdicts (
    id           INTEGER PRIMARY KEY,
    milestone_id TEXT NOT NULL,
    statement_id TEXT NOT NULL,
    verdict      TEXT NOT NULL CHECK (verdict IN ('confirm', 'reject')),
    made_by      TEXT NOT NULL,
    made_at      TEXT NOT NULL,
    note         TEXT
);
CREATE INDEX milestone_verdicts_by_milestone ON milestone_verdicts(milestone_id, id);
