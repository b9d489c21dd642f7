CREATE TABLE `office_keys` (
	`key_id` text PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`public_key` text NOT NULL,
	`sealed_private_key` text NOT NULL,
	`sealed_with` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE INDEX `office_keys_purpose_status` ON `office_keys` (`purpose`,`status`);--> statement-breakpoint
CREATE TABLE `trusted_key_history` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`office_code` text NOT NULL,
	`signing_key_id` text NOT NULL,
	`signing_public_key` text NOT NULL,
	`encryption_key_id` text NOT NULL,
	`encryption_public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`confirmed_how` text NOT NULL,
	`confirmed_by` text NOT NULL,
	`confirmed_at` text NOT NULL,
	`replaced_at` text
);
--> statement-breakpoint
CREATE INDEX `trusted_key_history_office` ON `trusted_key_history` (`office_code`,`seq`);--> statement-breakpoint
CREATE TABLE `trusted_offices` (
	`office_code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`signing_key_id` text NOT NULL,
	`signing_public_key` text NOT NULL,
	`encryption_key_id` text NOT NULL,
	`encryption_public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`card` text NOT NULL,
	`confirmed_how` text NOT NULL,
	`confirmed_by` text NOT NULL,
	`confirmed_at` text NOT NULL,
	`first_trusted_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `outbox_packages` (
	`package_id` text PRIMARY KEY NOT NULL,
	`recipient` text NOT NULL,
	`seq` integer NOT NULL,
	`package_hash` text NOT NULL,
	`prev_hash` text,
	`kind` text NOT NULL,
	`incarnation_id` text NOT NULL,
	`journal_high_water` integer NOT NULL,
	`counts` text NOT NULL,
	`bytes` integer NOT NULL,
	`files` text NOT NULL,
	`status` text DEFAULT 'sent' NOT NULL,
	`status_code` text,
	`status_reason` text,
	`status_missing` text,
	`receipt_id` text,
	`receipt_at` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_packages_stream` ON `outbox_packages` (`recipient`,`seq`);--> statement-breakpoint
CREATE INDEX `outbox_packages_status` ON `outbox_packages` (`recipient`,`status`,`seq`);--> statement-breakpoint
CREATE TABLE `outbox_receipts` (
	`receipt_id` text PRIMARY KEY NOT NULL,
	`sender` text NOT NULL,
	`seq` integer NOT NULL,
	`package_hash` text NOT NULL,
	`last_contiguous_seq` integer NOT NULL,
	`imported_by` text NOT NULL,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_receipts_stream` ON `outbox_receipts` (`sender`,`seq`);--> statement-breakpoint
CREATE TABLE `stock_balances` (
	`office_code` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`item_id` text NOT NULL,
	`lot_id` text NOT NULL,
	`quantity` integer NOT NULL,
	PRIMARY KEY(`warehouse_id`, `item_id`, `lot_id`)
);
--> statement-breakpoint
CREATE INDEX `stock_balances_item` ON `stock_balances` (`item_id`,`warehouse_id`);--> statement-breakpoint
CREATE INDEX `stock_balances_lot` ON `stock_balances` (`lot_id`);--> statement-breakpoint
CREATE TABLE `stock_categories` (
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
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_categories_name_live` ON `stock_categories` (`office_code`,`name`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `stock_document_lines` (
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
	`document_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`item_id` text NOT NULL,
	`lot_id` text,
	`location_id` text,
	`lot_number` text,
	`expiry_date` text,
	`unit_value` integer,
	`donor_id` text,
	`quantity` integer NOT NULL,
	`counted_quantity` integer,
	`book_quantity` integer,
	`reason` text,
	`reason_note` text,
	`expired_override_reason` text,
	`household_person_id` text,
	`notes` text,
	FOREIGN KEY (`document_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `stock_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `stock_lots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `stock_locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`donor_id`) REFERENCES `stock_donors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_document_lines_document` ON `stock_document_lines` (`document_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `stock_document_lines_issued` ON `stock_document_lines` (`document_id`,`voided`,`lot_id`,`quantity`,`household_person_id`);--> statement-breakpoint
CREATE INDEX `stock_document_lines_lot` ON `stock_document_lines` (`lot_id`);--> statement-breakpoint
CREATE INDEX `stock_document_lines_household` ON `stock_document_lines` (`household_person_id`);--> statement-breakpoint
CREATE TABLE `stock_documents` (
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
	`type` text NOT NULL,
	`status` text NOT NULL,
	`document_date` text NOT NULL,
	`entered_at` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`to_warehouse_id` text,
	`source_kind` text,
	`donor_id` text,
	`allocation_from` text,
	`supplier` text,
	`tender_ref` text,
	`destination_kind` text,
	`household_person_id` text,
	`event_id` text,
	`destination_office` text,
	`internal_use` text,
	`campaign_id` text,
	`handled_by` text,
	`notes` text,
	`approved_by` text,
	`approved_by_name` text,
	`approved_at` text,
	`posted_by` text,
	`posted_by_name` text,
	`posted_at` text,
	`reverses_document_id` text,
	`reversal_reason` text,
	FOREIGN KEY (`warehouse_id`) REFERENCES `stock_warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_warehouse_id`) REFERENCES `stock_warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`donor_id`) REFERENCES `stock_donors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `stock_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_documents_number` ON `stock_documents` (`office_code`,`number`);--> statement-breakpoint
CREATE INDEX `stock_documents_date` ON `stock_documents` (`document_date`,`type`);--> statement-breakpoint
CREATE INDEX `stock_documents_status` ON `stock_documents` (`status`,`document_date`);--> statement-breakpoint
CREATE INDEX `stock_documents_reverses` ON `stock_documents` (`reverses_document_id`);--> statement-breakpoint
CREATE INDEX `stock_documents_campaign` ON `stock_documents` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `stock_documents_event` ON `stock_documents` (`event_id`);--> statement-breakpoint
CREATE INDEX `stock_documents_donor` ON `stock_documents` (`donor_id`);--> statement-breakpoint
CREATE TABLE `stock_donors` (
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
	`contact` text,
	`phone` text,
	`address` text,
	`anonymous` integer DEFAULT false NOT NULL,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `stock_donors_name` ON `stock_donors` (`name`);--> statement-breakpoint
CREATE TABLE `stock_events` (
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
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`place` text,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `stock_events_date` ON `stock_events` (`date`);--> statement-breakpoint
CREATE TABLE `stock_items` (
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
	`code` text NOT NULL,
	`name` text NOT NULL,
	`category_id` text NOT NULL,
	`unit` text NOT NULL,
	`specification` text,
	`shelf_life_months` integer,
	`unit_value` integer DEFAULT 0 NOT NULL,
	`notes` text,
	FOREIGN KEY (`category_id`) REFERENCES `stock_categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_items_code_live` ON `stock_items` (`office_code`,`code`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `stock_items_name` ON `stock_items` (`name`);--> statement-breakpoint
CREATE INDEX `stock_items_category` ON `stock_items` (`category_id`);--> statement-breakpoint
CREATE TABLE `stock_locations` (
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
	`warehouse_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text,
	FOREIGN KEY (`warehouse_id`) REFERENCES `stock_warehouses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_locations_code_live` ON `stock_locations` (`warehouse_id`,`code`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `stock_lots` (
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
	`item_id` text NOT NULL,
	`lot_number` text,
	`expiry_date` text,
	`unit_value` integer DEFAULT 0 NOT NULL,
	`donor_id` text,
	`source` text NOT NULL,
	`received_date` text NOT NULL,
	`document_id` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `stock_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`donor_id`) REFERENCES `stock_donors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_lots_item_expiry` ON `stock_lots` (`item_id`,`expiry_date`);--> statement-breakpoint
CREATE INDEX `stock_lots_donor` ON `stock_lots` (`donor_id`);--> statement-breakpoint
CREATE INDEX `stock_lots_document` ON `stock_lots` (`document_id`);--> statement-breakpoint
CREATE TABLE `stock_month_locks` (
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
	`month` text NOT NULL,
	`locked_by_name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_month_locks_live` ON `stock_month_locks` (`office_code`,`month`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `stock_movements` (
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
	`document_id` text NOT NULL,
	`line_id` text NOT NULL,
	`kind` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`item_id` text NOT NULL,
	`lot_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`document_date` text NOT NULL,
	`seq` integer NOT NULL,
	`reversal` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`line_id`) REFERENCES `stock_document_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `stock_warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `stock_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lot_id`) REFERENCES `stock_lots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_movements_card` ON `stock_movements` (`item_id`,`document_date`,`seq`,`warehouse_id`,`lot_id`,`quantity`,`kind`,`reversal`,`voided`,`document_id`,`line_id`,`id`);--> statement-breakpoint
CREATE INDEX `stock_movements_warehouse` ON `stock_movements` (`warehouse_id`,`document_date`);--> statement-breakpoint
CREATE INDEX `stock_movements_lot` ON `stock_movements` (`lot_id`);--> statement-breakpoint
CREATE INDEX `stock_movements_document` ON `stock_movements` (`document_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `stock_movements_seq` ON `stock_movements` (`office_code`,`seq`);--> statement-breakpoint
CREATE TABLE `stock_quotas` (
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
	`warehouse_id` text NOT NULL,
	`item_id` text NOT NULL,
	`quantity` integer NOT NULL,
	FOREIGN KEY (`warehouse_id`) REFERENCES `stock_warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `stock_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_quotas_live` ON `stock_quotas` (`warehouse_id`,`item_id`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `stock_warehouses` (
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
	`code` text NOT NULL,
	`name` text NOT NULL,
	`address` text,
	`keeper` text,
	`phone` text,
	`notes` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_warehouses_code_live` ON `stock_warehouses` (`office_code`,`code`) WHERE voided = 0;--> statement-breakpoint
CREATE TABLE `inbox_packages` (
	`package_id` text PRIMARY KEY NOT NULL,
	`sender_office_code` text NOT NULL,
	`sender_incarnation_id` text NOT NULL,
	`epoch` integer NOT NULL,
	`seq` integer NOT NULL,
	`package_hash` text NOT NULL,
	`prev_hash` text,
	`kind` text NOT NULL,
	`counts` text NOT NULL,
	`summary` text,
	`status` text NOT NULL,
	`reason` text,
	`details` text,
	`held_files` text,
	`file_names` text NOT NULL,
	`received_at` text NOT NULL,
	`received_by` text NOT NULL,
	`applied_at` text,
	`applied_by` text
);
--> statement-breakpoint
CREATE INDEX `inbox_packages_stream` ON `inbox_packages` (`sender_office_code`,`epoch`,`seq`);--> statement-breakpoint
CREATE INDEX `inbox_packages_received` ON `inbox_packages` (`received_at`);--> statement-breakpoint
CREATE TABLE `inbox_review` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`package_id` text NOT NULL,
	`sender_office_code` text NOT NULL,
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`row_version` integer NOT NULL,
	`reason` text NOT NULL,
	`details` text,
	`record` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`resolved_at` text,
	`resolved_by` text
);
--> statement-breakpoint
CREATE INDEX `inbox_review_status` ON `inbox_review` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `inbox_review_record` ON `inbox_review` (`table_name`,`record_id`);--> statement-breakpoint
CREATE TABLE `inbox_streams` (
	`sender_office_code` text PRIMARY KEY NOT NULL,
	`epoch` integer NOT NULL,
	`last_seq` integer NOT NULL,
	`last_hash` text NOT NULL,
	`incarnation_id` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `receipts_sent` (
	`package_id` text PRIMARY KEY NOT NULL,
	`recipient_office_code` text NOT NULL,
	`seq` integer NOT NULL,
	`package_hash` text NOT NULL,
	`last_contiguous_seq` integer NOT NULL,
	`file_names` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipts_sent_stream` ON `receipts_sent` (`recipient_office_code`,`seq`);--> statement-breakpoint
CREATE TABLE `stock_campaign_households` (
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
	`campaign_id` text NOT NULL,
	`person_id` text NOT NULL,
	`issue_document_id` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `stock_campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issue_document_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_campaign_households_campaign` ON `stock_campaign_households` (`campaign_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `stock_campaign_households_person` ON `stock_campaign_households` (`person_id`);--> statement-breakpoint
CREATE TABLE `stock_campaign_items` (
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
	`campaign_id` text NOT NULL,
	`item_id` text NOT NULL,
	`quantity_per_household` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `stock_campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `stock_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_campaign_items_campaign` ON `stock_campaign_items` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `stock_campaigns` (
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
	`date` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`event_id` text,
	`notes` text,
	FOREIGN KEY (`warehouse_id`) REFERENCES `stock_warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `stock_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_campaigns_date` ON `stock_campaigns` (`date`);