CREATE TABLE `stock_issued_days` (
	`office_code` text NOT NULL,
	`document_date` text NOT NULL,
	`kind` text NOT NULL,
	`destination` text NOT NULL,
	`item_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`value` integer NOT NULL,
	PRIMARY KEY(`office_code`, `document_date`, `kind`, `destination`, `item_id`)
);
--> statement-breakpoint
CREATE TABLE `stock_issued_households` (
	`office_code` text NOT NULL,
	`document_id` text NOT NULL,
	`person_id` text NOT NULL,
	`document_date` text NOT NULL,
	`kind` text NOT NULL,
	`destination` text NOT NULL,
	`quantity` integer NOT NULL,
	PRIMARY KEY(`office_code`, `document_id`, `person_id`, `document_date`)
);
--> statement-breakpoint
CREATE INDEX `stock_issued_households_period` ON `stock_issued_households` (`office_code`,`document_date`,`kind`,`destination`,`person_id`,`quantity`);--> statement-breakpoint
CREATE TABLE `stock_issued_months` (
	`office_code` text NOT NULL,
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`destination` text NOT NULL,
	`item_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`value` integer NOT NULL,
	PRIMARY KEY(`office_code`, `month`, `kind`, `destination`, `item_id`)
);
--> statement-breakpoint
-- Filled from the ledger already there, with each household's township as the registry has it now (the township
-- at posting was not kept before); kept from now on at posting and as movements arrive (core/stock/issuedSums.ts).
-- The issue lines are read once into a temporary table: three sums over a view would join them three times.
CREATE TEMP TABLE `issued_lines_0006` AS
SELECT m.`office_code`, d.`document_date`, o.`id` AS `document_id`, m.`item_id`, -m.`quantity` AS `quantity`,
  -m.`quantity` * l.`unit_value` AS `value`, coalesce(pl.`id`, pd.`id`) AS `person_id`,
  CASE WHEN e.`id` IS NOT NULL THEN 'event' WHEN o.`destination_kind` = 'household' THEN 'township'
    WHEN o.`destination_kind` = 'office' THEN 'office' ELSE 'internal' END AS `kind`,
  CASE WHEN e.`id` IS NOT NULL THEN e.`id`
    WHEN o.`destination_kind` = 'household' THEN coalesce(
      nullif(trim(CASE WHEN pl.`id` IS NOT NULL THEN pl.`township` ELSE pd.`township` END), ''), '(未填写乡镇)')
    WHEN o.`destination_kind` = 'office' THEN coalesce(nullif(trim(o.`destination_office`), ''), '其他单位')
    ELSE coalesce(nullif(trim(o.`internal_use`), ''), '内部使用') END AS `destination`
FROM `stock_movements` m
JOIN `stock_documents` d ON d.`id` = m.`document_id`
JOIN `stock_documents` o ON o.`id` = coalesce(d.`reverses_document_id`, d.`id`)
JOIN `stock_lots` l ON l.`id` = m.`lot_id`
LEFT JOIN `stock_document_lines` ln ON ln.`id` = m.`line_id`
LEFT JOIN `people` pl ON pl.`id` = ln.`household_person_id`
LEFT JOIN `people` pd ON pd.`id` = o.`household_person_id`
LEFT JOIN `stock_events` e ON e.`id` = o.`event_id`
WHERE m.`kind` = 'issue' AND m.`voided` = 0 AND o.`type` = 'issue';
--> statement-breakpoint
INSERT INTO `stock_issued_months` (`office_code`, `month`, `kind`, `destination`, `item_id`, `quantity`, `value`)
SELECT `office_code`, substr(`document_date`, 1, 7), `kind`, `destination`, `item_id`, sum(`quantity`), sum(`value`)
FROM `issued_lines_0006` GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO `stock_issued_days` (`office_code`, `document_date`, `kind`, `destination`, `item_id`, `quantity`, `value`)
SELECT `office_code`, `document_date`, `kind`, `destination`, `item_id`, sum(`quantity`), sum(`value`)
FROM `issued_lines_0006` GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO `stock_issued_households` (`office_code`, `document_id`, `person_id`, `document_date`, `kind`, `destination`, `quantity`)
SELECT `office_code`, `document_id`, `person_id`, `document_date`, `kind`, `destination`, sum(`quantity`)
FROM `issued_lines_0006` WHERE `person_id` IS NOT NULL GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
DROP TABLE `issued_lines_0006`;
