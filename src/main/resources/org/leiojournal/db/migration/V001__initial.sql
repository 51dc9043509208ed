-- Leio Journal schema, version 1.
-- Moments are UTC instants (ISO-8601, whole seconds) with the user's IANA zone beside them; days are ISO dates.
-- Measurements are kept exactly as entered: decimal text plus unit. An unanswered item has no answer row.

CREATE TABLE profile (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    patient_name      TEXT    NOT NULL DEFAULT '',
    recorder_role     TEXT    NOT NULL DEFAULT 'PATIENT',
    recorder_name     TEXT    NOT NULL DEFAULT '',
    temperature_unit  TEXT    NOT NULL DEFAULT 'CELSIUS' CHECK (temperature_unit IN ('CELSIUS', 'FAHRENHEIT')),
    weight_unit       TEXT    NOT NULL DEFAULT 'KILOGRAM' CHECK (weight_unit IN ('KILOGRAM', 'POUND')),
    fever_threshold_c TEXT    NOT NULL DEFAULT '37.5',
    welcome_completed INTEGER NOT NULL DEFAULT 0 CHECK (welcome_completed IN (0, 1))
);
INSERT INTO profile (id) VALUES (1);

CREATE TABLE care_contact (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    phone      TEXT    NOT NULL,
    hours      TEXT    NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL
);

CREATE TABLE symptom_item (
    id         INTEGER PRIMARY KEY,
    code       TEXT    UNIQUE,
    name       TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('SCORE', 'COUNT')),
    retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    sort_order INTEGER NOT NULL
);
INSERT INTO symptom_item (code, name, kind, sort_order) VALUES
    ('esas.pain',       'Pain',                'SCORE', 10),
    ('esas.tiredness',  'Tiredness',           'SCORE', 20),
    ('esas.drowsiness', 'Drowsiness',          'SCORE', 30),
    ('esas.nausea',     'Nausea',              'SCORE', 40),
    ('esas.appetite',   'Lack of Appetite',    'SCORE', 50),
    ('esas.breath',     'Shortness of Breath', 'SCORE', 60),
    ('esas.depression', 'Depression',          'SCORE', 70),
    ('esas.anxiety',    'Anxiety',             'SCORE', 80),
    ('esas.wellbeing',  'Wellbeing',           'SCORE', 90),
    ('esas.other',      'Other Problem',       'SCORE', 100);

CREATE TABLE check_in (
    id                INTEGER PRIMARY KEY,
    uid               TEXT    NOT NULL UNIQUE,
    day               TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL,
    zone              TEXT    NOT NULL,
    recorder_role     TEXT    NOT NULL,
    recorder_name     TEXT    NOT NULL DEFAULT '',
    other_problem     TEXT    NOT NULL DEFAULT '',
    temperature_value TEXT,
    temperature_unit  TEXT CHECK (temperature_unit IN ('CELSIUS', 'FAHRENHEIT')),
    weight_value      TEXT,
    weight_unit       TEXT CHECK (weight_unit IN ('KILOGRAM', 'POUND')),
    note              TEXT    NOT NULL DEFAULT '',
    CHECK ((temperature_value IS NULL) = (temperature_unit IS NULL)),
    CHECK ((weight_value IS NULL) = (weight_unit IS NULL))
);
CREATE INDEX check_in_by_time ON check_in (recorded_at);
CREATE INDEX check_in_by_day ON check_in (day);

CREATE TABLE check_in_answer (
    check_in_id INTEGER NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    item_id     INTEGER NOT NULL REFERENCES symptom_item (id),
    value       INTEGER NOT NULL CHECK (value >= 0),
    PRIMARY KEY (check_in_id, item_id)
) WITHOUT ROWID;
