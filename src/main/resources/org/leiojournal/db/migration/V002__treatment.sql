-- Leio Journal schema, version 2: treatment.
-- A course keeps the plan the user chose (a template, maybe edited) as JSON, so later template changes never
-- rewrite a course already planned. What happened is kept in rows of its own: changing the plan never deletes it.
-- Days are ISO dates; moments are UTC instants (whole seconds) with the user's IANA zone beside them.

CREATE TABLE course (
    id             INTEGER PRIMARY KEY,
    plan_json      TEXT    NOT NULL,
    start_date     TEXT    NOT NULL,
    planned_cycles TEXT    NOT NULL,
    bsa_m2         TEXT    NOT NULL,
    height_cm      TEXT,
    weight_kg      TEXT,
    note           TEXT    NOT NULL DEFAULT '',
    stop_date      TEXT,
    stop_reason    TEXT    NOT NULL DEFAULT '',
    CHECK ((height_cm IS NULL) = (weight_kg IS NULL))
);

CREATE TABLE course_delay (
    course_id INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    cycle     INTEGER NOT NULL,
    day       INTEGER NOT NULL,
    new_date  TEXT    NOT NULL,
    reason    TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (course_id, cycle, day)
) WITHOUT ROWID;

CREATE TABLE course_dose (
    course_id      INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    cycle          INTEGER NOT NULL,
    day            INTEGER NOT NULL,
    drug           TEXT    NOT NULL,
    outcome        TEXT    NOT NULL CHECK (outcome IN ('GIVEN', 'REDUCED', 'SKIPPED')),
    amount TEXT,
    note           TEXT    NOT NULL DEFAULT '',
    -- the amount given, in the plan's unit: kept for GIVEN too, so a later plan edit never rewrites history
    CHECK (outcome <> 'REDUCED' OR amount IS NOT NULL),
    CHECK (outcome <> 'SKIPPED' OR amount IS NULL),
    PRIMARY KEY (course_id, cycle, day, drug)
) WITHOUT ROWID;

-- Daily anticancer tablets (pazopanib): one row per day the dose was taken.
CREATE TABLE oral_dose_taken (
    course_id INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    day       TEXT    NOT NULL,
    taken_at  TEXT    NOT NULL,
    zone      TEXT    NOT NULL,
    PRIMARY KEY (course_id, day)
) WITHOUT ROWID;

CREATE TABLE medicine (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    dose          TEXT    NOT NULL DEFAULT '',
    schedule_kind TEXT    NOT NULL CHECK (schedule_kind IN ('FIXED_TIMES', 'AS_NEEDED')),
    times         TEXT    NOT NULL DEFAULT '',
    start_date    TEXT    NOT NULL,
    end_date      TEXT,
    note          TEXT    NOT NULL DEFAULT ''
);

-- The dose text is copied at the time it is taken, so editing a medicine later never rewrites its history.
CREATE TABLE medicine_taken (
    id             INTEGER PRIMARY KEY,
    medicine_id    INTEGER NOT NULL REFERENCES medicine (id) ON DELETE CASCADE,
    day            TEXT    NOT NULL,
    taken_at       TEXT    NOT NULL,
    zone           TEXT    NOT NULL,
    scheduled_time TEXT,
    dose           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX medicine_taken_by_day ON medicine_taken (day);

CREATE TABLE surgery (
    id        INTEGER PRIMARY KEY,
    day       TEXT    NOT NULL,
    procedure TEXT    NOT NULL,
    site      TEXT    NOT NULL DEFAULT '',
    note      TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE radiotherapy (
    id         INTEGER PRIMARY KEY,
    start_date TEXT    NOT NULL,
    end_date   TEXT    NOT NULL,
    fractions  INTEGER,
    site       TEXT    NOT NULL DEFAULT '',
    technique  TEXT    NOT NULL DEFAULT '',
    chest      INTEGER NOT NULL DEFAULT 0 CHECK (chest IN (0, 1)),
    note       TEXT    NOT NULL DEFAULT '',
    CHECK (end_date >= start_date)
);

CREATE TABLE heart_scan (
    id    INTEGER PRIMARY KEY,
    day   TEXT    NOT NULL,
    kind  TEXT    NOT NULL CHECK (kind IN ('ECHO', 'MUGA')),
    lvef  TEXT    NOT NULL,
    note  TEXT    NOT NULL DEFAULT ''
);

-- Anthracycline from an earlier cancer, as doxorubicin mg/m², converted by the user's team.
ALTER TABLE profile ADD COLUMN prior_anthracycline_mg_m2 TEXT NOT NULL DEFAULT '0';
ALTER TABLE profile ADD COLUMN prior_anthracycline_note  TEXT NOT NULL DEFAULT '';
