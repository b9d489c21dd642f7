CREATE TABLE `deferred_indexes` (
	`name` text PRIMARY KEY NOT NULL,
	`table_name` text NOT NULL,
	`create_sql` text NOT NULL,
	`dropped_at` text NOT NULL
);
