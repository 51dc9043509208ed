-- Leio Journal schema, version 8 (issue 25): what the emergency sheet prints when the user writes it in Settings,
-- all optional. line_kind is a LineKind name ('NOT_RECORDED' until chosen); the texts are empty when not recorded.
ALTER TABLE profile ADD COLUMN line_kind TEXT NOT NULL DEFAULT 'NOT_RECORDED';
ALTER TABLE profile ADD COLUMN line_note TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN allergies TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN other_medicines TEXT NOT NULL DEFAULT '';
