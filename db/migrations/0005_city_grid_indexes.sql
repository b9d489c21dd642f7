DROP INDEX `people_name`;--> statement-breakpoint
CREATE INDEX `people_office_name` ON `people` (`office_code`,`pinyin_full`,`voided`,`township`,`village`);--> statement-breakpoint
CREATE INDEX `people_name` ON `people` (`name`,`voided`);