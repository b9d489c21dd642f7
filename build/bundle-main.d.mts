// Types for build/bundle-main.mjs, imported by the shell tests.
export declare const repoRoot: string;
export declare function bundlePreload(outDir?: string): Promise<string>;
export declare function bundleMain(outDir?: string): Promise<string>;
export declare function bundleShell(outDir?: string): Promise<{ main: string; preload: string; migrations: string }>;
export declare const XLSX_WORKER_FILE: string;
export declare const mainDefine: Record<string, string>;
export declare function bundleMainEntry(entry: string, outfile: string): Promise<string>;
