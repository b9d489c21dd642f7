// Types for build/aliases.mjs, imported by the vite and vitest configs.
export declare const repoRoot: string;
export declare function aliasTable(root?: string): { prefix: string; dir: string }[];
export declare function viteAliases(root?: string): { find: RegExp; replacement: string }[];
