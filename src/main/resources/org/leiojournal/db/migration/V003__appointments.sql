-- Leio Journal schema, version 3: appointments, their reminders, and the follow-up plan.
-- An appointment keeps its wall-clock start and end with its IANA zone (as the hospital's letter gives them), so a
-- change in daylight-saving rules never moves it; start_utc beside them is only for sorting and range queries.

-- One random id per journal, so calendar exports have UIDs of their own that stay the same from export to export.
ALTER TABLE profile ADD COLUMN calendar_uid TEXT NOT NULL DEFAULT '';
UPDATE profile SET calendar_uid = lower(hex(randomblob(16)));

-- AUTOINCREMENT: an id is never given again after a delete, so a calendar UID built from it never names two
-- appointments, and an edit of a deleted appointment still open on screen fails instead of overwriting a new one.
CREATE TABLE appointment (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL,
    title       TEXT    NOT NULL DEFAULT '',
    start_local TEXT    NOT NULL,
    end_local   TEXT,
    zone        TEXT    NOT NULL,
    start_utc   TEXT    NOT NULL,
    place       TEXT    NOT NULL DEFAULT '',
    clinician   TEXT    NOT NULL DEFAULT '',
    status      TEXT    NOT NULL CHECK (status IN ('TO_BOOK', 'BOOKED', 'ATTENDED', 'CANCELLED')),
    result      TEXT    NOT NULL DEFAULT '',
    CHECK (end_local IS NULL OR end_local > start_local)
);
CREATE INDEX appointment_by_start ON appointment (start_utc);

CREATE TABLE appointment_preparation (
    appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    text           TEXT    NOT NULL,
    remind_minutes INTEGER CHECK (remind_minutes IS NULL OR remind_minutes >= 0),
    PRIMARY KEY (appointment_id, position)
);

CREATE TABLE appointment_question (
    appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    text           TEXT    NOT NULL,
    state          TEXT    NOT NULL CHECK (state IN ('OPEN', 'ANSWERED', 'CARRIED_OVER')),
    answer         TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (appointment_id, position)
);

-- What the user did with a reminder: done for good, or "remind me later" until a moment (UTC instant).
CREATE TABLE reminder_state (
    appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
    reminder       TEXT    NOT NULL,
    done           INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    snoozed_until  TEXT,
    PRIMARY KEY (appointment_id, reminder)
);

-- The follow-up plan after treatment: the team's intervals (perhaps started from a labelled preset).
CREATE TABLE follow_up_plan (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    preset        TEXT    NOT NULL DEFAULT '',
    treatment_end TEXT    NOT NULL,
    scan_kind     TEXT
);

CREATE TABLE follow_up_interval (
    position     INTEGER PRIMARY KEY,
    from_month   INTEGER NOT NULL CHECK (from_month >= 0),
    until_month  INTEGER NOT NULL CHECK (until_month > from_month),
    every_months INTEGER NOT NULL CHECK (every_months > 0)
);
