CREATE TABLE `donor_donations` (
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
	`registration_id` text NOT NULL,
	`donation_date` text NOT NULL,
	`amount_ml` integer,
	`place` text,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `donor_donations_registration` ON `donor_donations` (`registration_id`,`voided`,`donation_date`);--> statement-breakpoint
CREATE INDEX `donor_donations_date` ON `donor_donations` (`office_code`,`voided`,`donation_date`);--> statement-breakpoint
CREATE TABLE `donor_registrations` (
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
	`kind` text NOT NULL,
	`registration_date` text NOT NULL,
	`place` text,
	`sample_date` text,
	`initial_match_date` text,
	`high_resolution_date` text,
	`medical_exam_date` text,
	`registration_number` text,
	`family_consent` integer,
	`consent_by` text,
	`notes` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `donor_registrations_person_kind_live` ON `donor_registrations` (`office_code`,`person_id`,`kind`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `donor_registrations_person` ON `donor_registrations` (`person_id`);--> statement-breakpoint
CREATE INDEX `donor_registrations_kind` ON `donor_registrations` (`office_code`,`voided`,`kind`,`registration_date`);--> statement-breakpoint
CREATE TABLE `donor_settings` (
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
	`travels_to_city` integer DEFAULT false NOT NULL
);
