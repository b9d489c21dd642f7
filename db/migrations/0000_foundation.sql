CREATE TABLE `office` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`incarnation_id` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`roles` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` text,
	`username` text,
	`method` text NOT NULL,
	`table_name` text,
	`record_id` text,
	`before` text,
	`after` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_record` ON `audit_log` (`table_name`,`record_id`);--> statement-breakpoint
CREATE TABLE `change_journal` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`row_version` integer NOT NULL,
	`operation` text NOT NULL,
	`changed_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`office_code` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`voided` integer DEFAULT false NOT NULL,
	`voided_at` text,
	`voided_by` text,
	`void_reason` text,
	`name` text NOT NULL,
	`gender` text,
	`id_number` text NOT NULL,
	`id_converted` integer DEFAULT false NOT NULL,
	`birth_date` text,
	`mobile` text,
	`phone` text,
	`township` text,
	`village` text,
	`work_unit` text,
	`notes` text,
	`id_reversed` text NOT NULL,
	`pinyin_full` text NOT NULL,
	`pinyin_initials` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_id_number_live` ON `people` (`office_code`,`id_number`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `people_id_reversed` ON `people` (`id_reversed`);--> statement-breakpoint
CREATE INDEX `people_pinyin_initials` ON `people` (`pinyin_initials`);--> statement-breakpoint
CREATE INDEX `people_name` ON `people` (`name`);--> statement-breakpoint
CREATE INDEX `people_pinyin_full` ON `people` (`pinyin_full`,`voided`);--> statement-breakpoint
CREATE INDEX `people_township` ON `people` (`township`,`pinyin_full`,`voided`);--> statement-breakpoint
CREATE INDEX `people_village` ON `people` (`village`,`pinyin_full`,`voided`);--> statement-breakpoint
CREATE INDEX `people_mobile` ON `people` (`mobile`,`voided`);--> statement-breakpoint
CREATE INDEX `people_updated` ON `people` (`updated_at`,`voided`);--> statement-breakpoint
CREATE INDEX `people_created` ON `people` (`created_at`,`voided`);