CREATE TABLE `volunteer_activities` (
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
	`organiser` text,
	`place` text,
	`content` text,
	`date` text NOT NULL,
	`start_time` text,
	`end_time` text,
	`ends_next_day` integer DEFAULT false NOT NULL,
	`half_hours` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `volunteer_activities_date` ON `volunteer_activities` (`office_code`,`date`,`name`);--> statement-breakpoint
CREATE TABLE `volunteer_group_members` (
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
	`volunteer_id` text NOT NULL,
	`group_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `volunteer_group_members_live` ON `volunteer_group_members` (`volunteer_id`,`group_id`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `volunteer_group_members_group` ON `volunteer_group_members` (`group_id`,`voided`,`volunteer_id`);--> statement-breakpoint
CREATE TABLE `volunteer_groups` (
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
	`name` text NOT NULL,
	`notes` text,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `volunteer_groups_name_live` ON `volunteer_groups` (`office_code`,`kind`,`name`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `volunteer_proofs` (
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
	`number` text NOT NULL,
	`volunteer_id` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`half_hours` integer NOT NULL,
	`content` text NOT NULL,
	`issuer_name` text NOT NULL,
	`person_in_charge` text NOT NULL,
	`handler` text NOT NULL,
	`contact` text,
	`issue_date` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `volunteer_proofs_number` ON `volunteer_proofs` (`office_code`,`number`);--> statement-breakpoint
CREATE INDEX `volunteer_proofs_issued` ON `volunteer_proofs` (`office_code`,`issue_date`);--> statement-breakpoint
CREATE INDEX `volunteer_proofs_volunteer` ON `volunteer_proofs` (`volunteer_id`);--> statement-breakpoint
CREATE TABLE `volunteer_sequences` (
	`office_code` text NOT NULL,
	`scope` text NOT NULL,
	`last_seq` integer NOT NULL,
	PRIMARY KEY(`office_code`, `scope`)
);
--> statement-breakpoint
CREATE TABLE `volunteer_service_records` (
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
	`volunteer_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`service_date` text NOT NULL,
	`start_time` text,
	`end_time` text,
	`ends_next_day` integer DEFAULT false NOT NULL,
	`half_hours` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`source` text DEFAULT 'entry' NOT NULL,
	`backfill` integer DEFAULT false NOT NULL,
	`backfill_reason` text,
	`decided_by` text,
	`decided_at` text,
	`reject_reason` text
);
--> statement-breakpoint
CREATE INDEX `volunteer_service_volunteer` ON `volunteer_service_records` (`volunteer_id`,`status`,`service_date`,`half_hours`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `volunteer_service_status` ON `volunteer_service_records` (`status`,`service_date`,`half_hours`,`volunteer_id`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `volunteer_service_activity` ON `volunteer_service_records` (`activity_id`);--> statement-breakpoint
CREATE TABLE `volunteer_settings` (
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
	`star_thresholds` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `volunteers` (
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
	`person_id` text NOT NULL,
	`number` text NOT NULL,
	`registration_date` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`status_reason` text,
	`guardian_name` text,
	`guardian_phone` text,
	`notes` text,
	`custom_fields` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `volunteers_number` ON `volunteers` (`office_code`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `volunteers_person_live` ON `volunteers` (`office_code`,`person_id`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `volunteers_person` ON `volunteers` (`person_id`);--> statement-breakpoint
CREATE INDEX `volunteers_registered` ON `volunteers` (`office_code`,`voided`,`registration_date`);