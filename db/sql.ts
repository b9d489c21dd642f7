// SQL text built from names the code holds (tables, columns, indexes): quoted, never trusted.

/** "name" with any " doubled: safe as a table, column or index name in SQL text. */
export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
