-- Leio Journal schema: the user's date of birth (optional), printed on a clinic report only when they tick it.
-- ISO date (YYYY-MM-DD), or NULL when not given.
ALTER TABLE profile ADD COLUMN date_of_birth TEXT;
