CREATE TABLE `beneficiary_categories` (
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
	`notes` text,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `beneficiary_categories_name_live` ON `beneficiary_categories` (`office_code`,`name`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `beneficiary_memberships` (
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
	`category_id` text NOT NULL,
	`person_id` text,
	`household_id` text,
	`from_date` text NOT NULL,
	`to_date` text,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `beneficiary_memberships_category` ON `beneficiary_memberships` (`category_id`,`voided`,`to_date`,`household_id`);--> statement-breakpoint
CREATE INDEX `beneficiary_memberships_person` ON `beneficiary_memberships` (`person_id`);--> statement-breakpoint
CREATE INDEX `beneficiary_memberships_household` ON `beneficiary_memberships` (`household_id`);--> statement-breakpoint
CREATE TABLE `household_cadres` (
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
	`unit` text,
	`level` text,
	`phone` text,
	`notes` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `household_cadres_person_live` ON `household_cadres` (`office_code`,`person_id`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `household_cadres_unit` ON `household_cadres` (`office_code`,`level`,`unit`,`voided`);--> statement-breakpoint
CREATE TABLE `household_incomes` (
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
	`household_id` text NOT NULL,
	`year` integer NOT NULL,
	`income_fen` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `household_incomes_year` ON `household_incomes` (`household_id`,`year`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `household_members` (
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
	`household_id` text NOT NULL,
	`person_id` text NOT NULL,
	`relation` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`end_reason` text,
	`labour` text,
	`health` text,
	`disability_card_number` text,
	`disability_grade` integer,
	`school_stage` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `household_members_person_current` ON `household_members` (`person_id`) WHERE to_date IS NULL AND voided = 0;--> statement-breakpoint
CREATE INDEX `household_members_person` ON `household_members` (`person_id`,`from_date`);--> statement-breakpoint
CREATE INDEX `household_members_household` ON `household_members` (`household_id`,`voided`,`to_date`,`relation`);--> statement-breakpoint
CREATE TABLE `household_pairings` (
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
	`cadre_id` text NOT NULL,
	`household_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`end_reason` text
);
--> statement-breakpoint
CREATE INDEX `household_pairings_household` ON `household_pairings` (`household_id`,`voided`,`to_date`,`from_date`);--> statement-breakpoint
CREATE INDEX `household_pairings_cadre` ON `household_pairings` (`cadre_id`,`voided`,`to_date`);--> statement-breakpoint
CREATE INDEX `household_pairings_open` ON `household_pairings` (`office_code`,`voided`,`to_date`);--> statement-breakpoint
CREATE TABLE `household_sequences` (
	`office_code` text NOT NULL,
	`scope` text NOT NULL,
	`last_seq` integer NOT NULL,
	PRIMARY KEY(`office_code`, `scope`)
);
--> statement-breakpoint
CREATE TABLE `household_settings` (
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
	`overdue_months` integer NOT NULL,
	`cadre_max_households` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `household_visits` (
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
	`household_id` text NOT NULL,
	`cadre_id` text NOT NULL,
	`visit_date` text NOT NULL,
	`found` text,
	`done` text,
	`money_fen` integer DEFAULT 0 NOT NULL,
	`stock_document_id` text,
	`acknowledged` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `household_visits_pairing` ON `household_visits` (`household_id`,`cadre_id`,`visit_date`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `household_visits_date` ON `household_visits` (`office_code`,`voided`,`visit_date`);--> statement-breakpoint
CREATE INDEX `household_visits_cadre` ON `household_visits` (`cadre_id`,`visit_date`);--> statement-breakpoint
CREATE INDEX `household_visits_document` ON `household_visits` (`stock_document_id`);--> statement-breakpoint
CREATE TABLE `households` (
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
	`head_person_id` text NOT NULL,
	`attribute` text DEFAULT 'general' NOT NULL,
	`township` text,
	`village` text,
	`village_group` text,
	`address` text,
	`phone` text,
	`notes` text,
	`custom_fields` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `households_number` ON `households` (`office_code`,`number`);--> statement-breakpoint
CREATE INDEX `households_head` ON `households` (`head_person_id`,`office_code`,`voided`,`attribute`,`id`);--> statement-breakpoint
CREATE INDEX `households_place` ON `households` (`office_code`,`voided`,`township`,`village`,`village_group`,`number`);--> statement-breakpoint
CREATE INDEX `households_attribute` ON `households` (`office_code`,`voided`,`attribute`,`number`);--> statement-breakpoint
CREATE INDEX `households_updated` ON `households` (`office_code`,`updated_at`);--> statement-breakpoint
CREATE INDEX `households_created` ON `households` (`office_code`,`created_at`);--> statement-breakpoint
CREATE TABLE `poverty_files` (
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
	`household_id` text NOT NULL,
	`main_cause` text NOT NULL,
	`secondary_cause` text,
	`identified_date` text,
	`status` text DEFAULT 'assisted' NOT NULL,
	`monitoring_category` text,
	`status_date` text,
	`land_area_hundredths_mu` integer,
	`housing_area_hundredths_m2` integer,
	`housing_safety_grade` text,
	`notes` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `poverty_files_household` ON `poverty_files` (`household_id`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `poverty_files_status` ON `poverty_files` (`office_code`,`status`,`voided`,`household_id`);--> statement-breakpoint
CREATE INDEX `poverty_files_cause` ON `poverty_files` (`office_code`,`main_cause`,`voided`,`household_id`);--> statement-breakpoint
CREATE TABLE `poverty_measures` (
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
	`household_id` text NOT NULL,
	`kind` text,
	`project` text NOT NULL,
	`scale` text,
	`funds_fen` integer,
	`start_date` text,
	`end_date` text,
	`result` text,
	`acknowledged` integer DEFAULT false NOT NULL,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `poverty_measures_household` ON `poverty_measures` (`household_id`,`voided`,`start_date`);--> statement-breakpoint
CREATE TABLE `poverty_status_changes` (
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
	`household_id` text NOT NULL,
	`from_status` text NOT NULL,
	`from_category` text,
	`to_status` text NOT NULL,
	`to_category` text,
	`change_date` text NOT NULL,
	`reason` text
);
--> statement-breakpoint
CREATE INDEX `poverty_status_changes_household` ON `poverty_status_changes` (`household_id`,`change_date`);