DROP INDEX `household_pairings_open`;--> statement-breakpoint
CREATE INDEX `household_pairings_open` ON `household_pairings` (`office_code`,`voided`,`to_date`,`from_date`,`household_id`,`cadre_id`);--> statement-breakpoint
CREATE INDEX `stock_documents_household` ON `stock_documents` (`household_person_id`) WHERE household_person_id IS NOT NULL;