DROP INDEX `people_created`;--> statement-breakpoint
CREATE INDEX `people_created` ON `people` (`created_at`,`voided`,`office_code`);--> statement-breakpoint
ALTER TABLE `training_targets` ADD `population` integer;