-- Leio Journal schema, version 4: "contact your care team" alerts, the warning signs ticked on a check-in, the
-- built-in counts of loose stools and vomiting, and the user's usual number of stools a day.

-- The warning signs ticked on a check-in, by the code the bundled rules file gives them.
CREATE TABLE check_in_sign (
    check_in_id INTEGER NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    sign        TEXT    NOT NULL,
    PRIMARY KEY (check_in_id, sign)
) WITHOUT ROWID;

-- One alert raised by one rule on one check-in: what was seen (subject and value as recorded), the rule's number
-- that was met (threshold; degrees are °C) and what it was counted from (reference: the previous answer or the usual
-- number). Open until acknowledged. AUTOINCREMENT: an id is never given again after a delete, so acknowledging an
-- alert still on screen can never mark a newer one as read.
CREATE TABLE alert (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    check_in_id       INTEGER NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    rule_id           TEXT    NOT NULL,
    subject_type      TEXT    NOT NULL CHECK (subject_type IN ('TEMPERATURE_HIGH', 'TEMPERATURE_LOW', 'ITEM', 'SIGN')),
    subject_code      TEXT    NOT NULL,
    observed          TEXT    NOT NULL DEFAULT '',
    threshold         TEXT,
    reference         TEXT,
    day               TEXT    NOT NULL,
    seen_at           TEXT    NOT NULL,
    zone              TEXT    NOT NULL,
    acknowledged_at   TEXT,
    acknowledged_note TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX alert_by_check_in ON alert (check_in_id);
CREATE INDEX alert_by_day ON alert (day);
CREATE INDEX alert_open ON alert (seen_at) WHERE acknowledged_at IS NULL;

-- Counts whose meaning a rule relies on: after the ESAS-r items (sort 10–100), before the user's own (110 on).
INSERT INTO symptom_item (code, name, kind, sort_order) VALUES
    ('count.stools',   'Loose stools (times in 24 hours)', 'COUNT', 101),
    ('count.vomiting', 'Vomiting (times in 24 hours)',     'COUNT', 102);

-- The user's usual number of stools a day, which the loose-stools rule counts from.
ALTER TABLE profile ADD COLUMN usual_stools_per_day INTEGER NOT NULL DEFAULT 0
    CHECK (usual_stools_per_day BETWEEN 0 AND 20);
