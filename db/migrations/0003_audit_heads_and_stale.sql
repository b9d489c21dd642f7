CREATE TABLE `local_keys` (
	`purpose` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inbox_replaced_incarnations` (
	`sender_office_code` text NOT NULL,
	`incarnation_id` text NOT NULL,
	`replaced_by` text NOT NULL,
	`replaced_at` text NOT NULL,
	PRIMARY KEY(`sender_office_code`, `incarnation_id`)
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `journal_seq` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `journal_hash` text;--> statement-breakpoint
ALTER TABLE `change_journal` ADD `content_hash` text;--> statement-breakpoint
ALTER TABLE `outbox_packages` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `outbox_packages` ADD `audit_hash` text;--> statement-breakpoint
ALTER TABLE `inbox_streams` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `inbox_streams` ADD `audit_hash` text;