-- The Cases list: filters by status, sector and year, search that ignores diacritics, sorted pages.
-- search_text is the record number, violator name, tax code / ID number and place folded to
-- lower case without diacritics (SearchText.fold); violator_sector copies the violator's sector so
-- that one index serves status + sector + year. The store maintains both on every write (and fills
-- them once for the rows that exist when this migration runs).
ALTER TABLE violation_record ADD COLUMN search_text VARCHAR(4000);
ALTER TABLE violation_record ADD COLUMN violator_sector VARCHAR(50);
-- the filter index carries the search text: the search words are checked in the index, without
-- reading the table rows (search_text is kept under 1,000 characters)
CREATE INDEX violation_record_filter ON violation_record (status, violator_sector, recorded_at, search_text);
CREATE INDEX violation_record_sector ON violation_record (violator_sector, recorded_at);
CREATE INDEX violation_record_number ON violation_record (number);
CREATE INDEX inspection_round_number ON inspection_round (decision_number);
-- (H2 indexed the foreign keys, e.g. parent_id, when migration 001 declared them: no second index here)
CREATE INDEX payment_parent ON payment (parent_id, amount);
-- yearly totals read the decisions of a year from the index alone
CREATE INDEX sanction_decision_year ON sanction_decision (decided_on, total, id);
