-- Leio Journal schema, version 7 (issue 22): blood tests, the care team's levels, and home blood pressure.
-- Values are kept as entered: the number's text (1.50 stays 1.50) or a dipstick's word, in the UCUM unit the lab
-- printed; the catalogue (labs/lab-tests.json) converts only to draw them on one scale. Each trigger is on one line:
-- the migration runner splits statements at lines that end with a semicolon.

-- One blood test: when it was drawn, as the printout gives it (wall-clock, no zone), and the lab's name if given.
CREATE TABLE blood_test (
    id       INTEGER PRIMARY KEY,
    uid      TEXT,
    drawn_at TEXT    NOT NULL,
    lab      TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX blood_test_by_uid ON blood_test (uid);
CREATE INDEX blood_test_by_time ON blood_test (drawn_at);
CREATE TRIGGER blood_test_uid AFTER INSERT ON blood_test WHEN NEW.uid IS NULL BEGIN UPDATE blood_test SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

-- One value of a blood test, by the catalogue's test id, with the lab's printed range (same unit) when kept.
CREATE TABLE blood_test_value (
    blood_test_id INTEGER NOT NULL REFERENCES blood_test (id) ON DELETE CASCADE,
    test          TEXT    NOT NULL,
    value         TEXT    NOT NULL,
    unit          TEXT    NOT NULL DEFAULT '',
    lab_low       TEXT,
    lab_high      TEXT,
    PRIMARY KEY (blood_test_id, test)
) WITHOUT ROWID;

-- A level the care team gave, one per measure: a test id ("neutrophils": at least 1.5 ×10⁹/L to treat) or a home
-- reading ("systolic", "diastolic": call at or above). In the unit the user wrote it in.
CREATE TABLE team_level (
    id        INTEGER PRIMARY KEY,
    uid       TEXT,
    measure   TEXT    NOT NULL UNIQUE,
    direction TEXT    NOT NULL CHECK (direction IN ('AT_LEAST', 'AT_MOST')),
    value     TEXT    NOT NULL,
    unit      TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX team_level_by_uid ON team_level (uid);
CREATE TRIGGER team_level_uid AFTER INSERT ON team_level WHEN NEW.uid IS NULL BEGIN UPDATE team_level SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

-- A home blood pressure reading (mmHg) with the pulse if taken (beats a minute), at the wall-clock time taken.
CREATE TABLE home_vital (
    id          INTEGER PRIMARY KEY,
    uid         TEXT,
    measured_at TEXT    NOT NULL,
    systolic    INTEGER NOT NULL CHECK (systolic BETWEEN 50 AND 300),
    diastolic   INTEGER NOT NULL CHECK (diastolic BETWEEN 20 AND 200),
    pulse       INTEGER CHECK (pulse BETWEEN 20 AND 250),
    CHECK (diastolic < systolic)
);
CREATE UNIQUE INDEX home_vital_by_uid ON home_vital (uid);
CREATE TRIGGER home_vital_uid AFTER INSERT ON home_vital WHEN NEW.uid IS NULL BEGIN UPDATE home_vital SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
