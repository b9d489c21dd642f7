CREATE TABLE `stock_lot_months` (
	`office_code` text NOT NULL,
	`month` text NOT NULL,
	`lot_id` text NOT NULL,
	`item_id` text NOT NULL,
	`received` integer NOT NULL,
	`issued` integer NOT NULL,
	`adjusted` integer NOT NULL,
	`net` integer NOT NULL,
	PRIMARY KEY(`office_code`, `month`, `lot_id`)
);
--> statement-breakpoint
CREATE INDEX `stock_lot_months_period` ON `stock_lot_months` (`office_code`,`month`,`lot_id`,`item_id`,`received`,`issued`,`adjusted`,`net`);--> statement-breakpoint
DROP INDEX `people_name`;--> statement-breakpoint
CREATE INDEX `people_office_name` ON `people` (`office_code`,`pinyin_full`,`voided`,`township`,`village`);--> statement-breakpoint
CREATE INDEX `people_work_unit` ON `people` (`work_unit`,`voided`);--> statement-breakpoint
CREATE INDEX `people_name` ON `people` (`name`,`voided`);--> statement-breakpoint
-- Filled from the ledger already there; kept from now on at posting and as movements arrive (core/stock/lotMonths.ts).
INSERT INTO `stock_lot_months` (`office_code`, `month`, `lot_id`, `item_id`, `received`, `issued`, `adjusted`, `net`)
SELECT `office_code`, substr(`document_date`, 1, 7), `lot_id`, `item_id`,
  sum(CASE WHEN `kind` = 'receipt' THEN `quantity` ELSE 0 END), sum(CASE WHEN `kind` = 'issue' THEN -`quantity` ELSE 0 END),
  sum(CASE WHEN `kind` IN ('count', 'adjustment') THEN `quantity` ELSE 0 END), sum(`quantity`)
FROM `stock_movements` WHERE `voided` = 0 GROUP BY `office_code`, `lot_id`, substr(`document_date`, 1, 7);
