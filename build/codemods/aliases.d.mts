// Types for build/codemods/aliases.mjs, imported by its test.
export declare function aliasFor(
  file: string,
  spec: string,
  aliases: { prefix: string; dir: string }[],
  min: number,
): string | null;
export declare function rewriteText(
  file: string,
  text: string,
  aliases: { prefix: string; dir: string }[],
  min?: number,
): { text: string; changed: number };
