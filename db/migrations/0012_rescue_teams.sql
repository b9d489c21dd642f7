CREATE TABLE `rescue_drill_attendance` (
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
	`drill_id` text NOT NULL,
	`team_member_id` text NOT NULL,
	`half_hours` integer NOT NULL,
	`service_record_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rescue_drill_attendance_live` ON `rescue_drill_attendance` (`drill_id`,`team_member_id`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `rescue_drill_attendance_member` ON `rescue_drill_attendance` (`team_member_id`);--> statement-breakpoint
CREATE TABLE `rescue_drills` (
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
	`team_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`place` text NOT NULL,
	`content` text,
	`start_time` text,
	`end_time` text,
	`ends_next_day` integer DEFAULT false NOT NULL,
	`half_hours` integer NOT NULL,
	`activity_id` text
);
--> statement-breakpoint
CREATE INDEX `rescue_drills_team` ON `rescue_drills` (`team_id`,`voided`,`date`);--> statement-breakpoint
CREATE TABLE `rescue_settings` (
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
	`team_types` text NOT NULL,
	`roles` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rescue_team_equipment` (
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
	`team_id` text NOT NULL,
	`item_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`assigned_date` text NOT NULL,
	`returned_date` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `rescue_team_equipment_team` ON `rescue_team_equipment` (`team_id`,`voided`);--> statement-breakpoint
CREATE TABLE `rescue_team_members` (
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
	`team_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`joined_date` text NOT NULL,
	`left_date` text,
	`leave_reason` text,
	`custom_fields` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rescue_team_members_live` ON `rescue_team_members` (`team_id`,`person_id`) WHERE voided = 0 AND left_date IS NULL;--> statement-breakpoint
CREATE INDEX `rescue_team_members_team` ON `rescue_team_members` (`team_id`,`voided`,`left_date`);--> statement-breakpoint
CREATE INDEX `rescue_team_members_person` ON `rescue_team_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `rescue_teams` (
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
	`name` text NOT NULL,
	`type` text NOT NULL,
	`founded_date` text,
	`contact_phone` text,
	`notes` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rescue_teams_number` ON `rescue_teams` (`office_code`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `rescue_teams_name_live` ON `rescue_teams` (`office_code`,`name`) WHERE voided = 0;