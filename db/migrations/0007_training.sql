CREATE TABLE `key_directories` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`city_code` text NOT NULL,
	`issued_at` text NOT NULL,
	`body` text NOT NULL,
	`signature` text NOT NULL,
	`received_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `person_photos` (
	`person_id` text PRIMARY KEY NOT NULL,
	`office_code` text NOT NULL,
	`jpeg` blob NOT NULL,
	`bytes` integer NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `training_certificate_prints` (
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
	`certificate_id` text NOT NULL,
	`format` text NOT NULL,
	`reprint` integer NOT NULL,
	`reason` text
);
--> statement-breakpoint
CREATE INDEX `training_certificate_prints_certificate` ON `training_certificate_prints` (`certificate_id`);--> statement-breakpoint
CREATE TABLE `training_certificates` (
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
	`person_id` text NOT NULL,
	`kind_id` text NOT NULL,
	`course_id` text,
	`enrolment_id` text,
	`source` text NOT NULL,
	`issue_date` text NOT NULL,
	`expiry_date` text NOT NULL,
	`signatory` text,
	`previous_id` text,
	`township` text,
	`work_unit` text,
	`sector` text,
	`revoked_at` text,
	`revoked_by` text,
	`revoke_reason` text,
	`print_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_certificates_number` ON `training_certificates` (`office_code`,`number`);--> statement-breakpoint
CREATE INDEX `training_certificates_person` ON `training_certificates` (`person_id`);--> statement-breakpoint
CREATE INDEX `training_certificates_expiry` ON `training_certificates` (`expiry_date`,`voided`);--> statement-breakpoint
CREATE INDEX `training_certificates_issue` ON `training_certificates` (`issue_date`,`voided`);--> statement-breakpoint
CREATE INDEX `training_certificates_course` ON `training_certificates` (`course_id`);--> statement-breakpoint
CREATE INDEX `training_certificates_previous` ON `training_certificates` (`previous_id`);--> statement-breakpoint
CREATE TABLE `training_course_instructors` (
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
	`course_id` text NOT NULL,
	`person_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `training_course_instructors_course` ON `training_course_instructors` (`course_id`);--> statement-breakpoint
CREATE INDEX `training_course_instructors_person` ON `training_course_instructors` (`person_id`);--> statement-breakpoint
CREATE TABLE `training_courses` (
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
	`kind_id` text NOT NULL,
	`title` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`sessions` integer NOT NULL,
	`venue` text,
	`township` text,
	`village` text,
	`sector` text NOT NULL,
	`host_unit` text,
	`capacity` integer,
	`funding_source` text,
	`head_count` integer,
	`instructors_confirmed_by` text,
	`instructors_confirmed_at` text,
	`notes` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_courses_number` ON `training_courses` (`office_code`,`number`);--> statement-breakpoint
CREATE INDEX `training_courses_start` ON `training_courses` (`start_date`,`voided`);--> statement-breakpoint
CREATE TABLE `training_enrolments` (
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
	`course_id` text NOT NULL,
	`person_id` text NOT NULL,
	`attendance` text DEFAULT '' NOT NULL,
	`theory_score` integer,
	`skill_results` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_enrolments_live` ON `training_enrolments` (`course_id`,`person_id`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `training_enrolments_person` ON `training_enrolments` (`person_id`);--> statement-breakpoint
CREATE TABLE `training_kind_aliases` (
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
	`alias` text NOT NULL,
	`kind_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_kind_aliases_live` ON `training_kind_aliases` (`office_code`,`alias`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `training_kinds` (
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
	`code` text,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`renews_kind_id` text,
	`certificate_title` text,
	`nominal_hours` integer NOT NULL,
	`validity_months` integer DEFAULT 36 NOT NULL,
	`renewal_grace_months` integer DEFAULT 12 NOT NULL,
	`pass_mark` integer DEFAULT 80 NOT NULL,
	`skills` text DEFAULT '[]' NOT NULL,
	`absence_limit_hours` integer DEFAULT 4 NOT NULL,
	`qualifies_instructors` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_kinds_name_live` ON `training_kinds` (`office_code`,`name`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `training_populations` (
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
	`township` text NOT NULL,
	`population` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_populations_live` ON `training_populations` (`office_code`,`township`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `training_sequences` (
	`office_code` text NOT NULL,
	`scope` text NOT NULL,
	`last_seq` integer NOT NULL,
	PRIMARY KEY(`office_code`, `scope`)
);
--> statement-breakpoint
CREATE TABLE `training_settings` (
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
	`number_pattern` text NOT NULL,
	`signatory` text
);
--> statement-breakpoint
CREATE TABLE `training_targets` (
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
	`year` integer NOT NULL,
	`certified_target` integer,
	`popular_target` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_targets_live` ON `training_targets` (`office_code`,`year`) WHERE voided = 0;