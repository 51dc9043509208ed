-- Leio Journal schema, version 5: a stable id (uid) on every row that has an integer id of its own, so that a
-- journal exported to a file and imported into another journal (or back into this one) names the same row the same
-- way, whatever integer ids the rows get. check_in has had its uid since version 1.
-- Existing rows get a random one; a built-in symptom item gets its code, so the same built-in item has the same uid
-- in every journal. A trigger fills the uid of every new row the app inserts; the repositories update rows in place,
-- so a row keeps its uid through edits (an open alert re-raised when its check-in is edited keeps its uid too:
-- AlertRepository carries it over). Each trigger is written on one line: the migration runner splits
-- statements at lines that end with a semicolon.

ALTER TABLE care_contact ADD COLUMN uid TEXT;
UPDATE care_contact SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX care_contact_by_uid ON care_contact (uid);
CREATE TRIGGER care_contact_uid AFTER INSERT ON care_contact WHEN NEW.uid IS NULL BEGIN UPDATE care_contact SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

ALTER TABLE symptom_item ADD COLUMN uid TEXT;
UPDATE symptom_item SET uid = COALESCE(code, lower(hex(randomblob(16))));
CREATE UNIQUE INDEX symptom_item_by_uid ON symptom_item (uid);
CREATE TRIGGER symptom_item_uid AFTER INSERT ON symptom_item WHEN NEW.uid IS NULL BEGIN UPDATE symptom_item SET uid = COALESCE(NEW.code, lower(hex(randomblob(16)))) WHERE id = NEW.id; END;

ALTER TABLE course ADD COLUMN uid TEXT;
UPDATE course SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX course_by_uid ON course (uid);
CREATE TRIGGER course_uid AFTER INSERT ON course WHEN NEW.uid IS NULL BEGIN UPDATE course SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

ALTER TABLE medicine ADD COLUMN uid TEXT;
UPDATE medicine SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX medicine_by_uid ON medicine (uid);
CREATE TRIGGER medicine_uid AFTER INSERT ON medicine WHEN NEW.uid IS NULL BEGIN UPDATE medicine SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

ALTER TABLE medicine_taken ADD COLUMN uid TEXT;
UPDATE medicine_taken SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX medicine_taken_by_uid ON medicine_taken (uid);
CREATE TRIGGER medicine_taken_uid AFTER INSERT ON medicine_taken WHEN NEW.uid IS NULL BEGIN UPDATE medicine_taken SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

ALTER TABLE surgery ADD COLUMN uid TEXT;
UPDATE surgery SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX surgery_by_uid ON surgery (uid);
CREATE TRIGGER surgery_uid AFTER INSERT ON surgery WHEN NEW.uid IS NULL BEGIN UPDATE surgery SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

ALTER TABLE radiotherapy ADD COLUMN uid TEXT;
UPDATE radiotherapy SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX radiotherapy_by_uid ON radiotherapy (uid);
CREATE TRIGGER radiotherapy_uid AFTER INSERT ON radiotherapy WHEN NEW.uid IS NULL BEGIN UPDATE radiotherapy SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

ALTER TABLE heart_scan ADD COLUMN uid TEXT;
UPDATE heart_scan SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX heart_scan_by_uid ON heart_scan (uid);
CREATE TRIGGER heart_scan_uid AFTER INSERT ON heart_scan WHEN NEW.uid IS NULL BEGIN UPDATE heart_scan SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

ALTER TABLE appointment ADD COLUMN uid TEXT;
UPDATE appointment SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX appointment_by_uid ON appointment (uid);
CREATE TRIGGER appointment_uid AFTER INSERT ON appointment WHEN NEW.uid IS NULL BEGIN UPDATE appointment SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

ALTER TABLE alert ADD COLUMN uid TEXT;
UPDATE alert SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX alert_by_uid ON alert (uid);
CREATE TRIGGER alert_uid AFTER INSERT ON alert WHEN NEW.uid IS NULL BEGIN UPDATE alert SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
