// What every import does with a header row before its own column words: where to look for it and how to
// compare header text (people, opening stock and the coming training import each map their own words).

/** Rows searched for the header: titles, dates and notes above it rarely take more. */
export const HEADER_SCAN_ROWS = 20;

/** Lower case, no spaces, underscores, asterisks (required marks) or colons; full-width brackets as ASCII. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_*:.\-#№]+/g, '')
    .replace(/[【[]/g, '(')
    .replace(/[】\]]/g, ')');
}

/** An import's header words, each field with the words offices write for it, as a lookup by normalised word. */
export function headerWords<Field extends string>(words: Record<Field, readonly string[]>): Map<string, Field> {
  return new Map(
    (Object.entries(words) as [Field, readonly string[]][]).flatMap(([field, list]) =>
      list.map((word) => [normaliseHeader(word), field] as const),
    ),
  );
}

/** Where each field's column is in a header row (the first column naming it), by the import's words. */
export function columnsOfHeader<Field extends string, Cell>(
  cells: readonly Cell[],
  fieldOf: ReadonlyMap<string, Field>,
  textOf: (cell: Cell) => string | null,
): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  cells.forEach((cell, at) => {
    const text = textOf(cell);
    const field = text === null ? undefined : fieldOf.get(normaliseHeader(text));
    if (field !== undefined && columns[field] === undefined) columns[field] = at;
  });
  return columns;
}
