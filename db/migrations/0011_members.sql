CREATE TABLE `member_dues` (
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
	`member_id` text NOT NULL,
	`year` integer NOT NULL,
	`amount_fen` integer NOT NULL,
	`paid_date` text NOT NULL,
	`receipt_number` text,
	`collected_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_dues_year_live` ON `member_dues` (`member_id`,`year`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `member_dues_receipt` ON `member_dues` (`office_code`,`receipt_number`);--> statement-breakpoint
CREATE INDEX `member_dues_year` ON `member_dues` (`office_code`,`year`,`voided`);--> statement-breakpoint
CREATE TABLE `member_sequences` (
	`office_code` text NOT NULL,
	`scope` text NOT NULL,
	`last_seq` integer NOT NULL,
	PRIMARY KEY(`office_code`, `scope`)
);
--> statement-breakpoint
CREATE TABLE `member_settings` (
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
	`dues_caps` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `member_status_changes` (
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
	`member_id` text NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`change_date` text NOT NULL,
	`reason` text,
	`transfer_to` text
);
--> statement-breakpoint
CREATE INDEX `member_status_changes_member` ON `member_status_changes` (`member_id`,`change_date`);--> statement-breakpoint
CREATE TABLE `members` (
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
	`kind` text NOT NULL,
	`person_id` text,
	`unit_name` text,
	`credit_code` text,
	`headcount` integer,
	`contact_name` text,
	`contact_phone` text,
	`unit_pinyin_full` text,
	`unit_pinyin_initials` text,
	`school` text,
	`class_name` text,
	`card_number` text NOT NULL,
	`join_date` text NOT NULL,
	`approving_unit` text,
	`status` text DEFAULT 'active' NOT NULL,
	`status_date` text,
	`status_reason` text,
	`notes` text,
	`custom_fields` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_card_number` ON `members` (`office_code`,`card_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `members_person_live` ON `members` (`office_code`,`person_id`) WHERE voided = 0 AND person_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `members_person` ON `members` (`person_id`);--> statement-breakpoint
CREATE INDEX `members_kind` ON `members` (`office_code`,`voided`,`kind`,`status`,`join_date`);--> statement-breakpoint
CREATE INDEX `members_class` ON `members` (`office_code`,`school`,`class_name`,`voided`);--> statement-breakpoint
CREATE INDEX `members_unit_pinyin` ON `members` (`unit_pinyin_full`);--> statement-breakpoint
CREATE INDEX `members_unit_initials` ON `members` (`unit_pinyin_initials`);