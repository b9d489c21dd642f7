// A small argument parser: positionals, --flag, --key value, --key=value.
export interface Args {
  positionals: string[];
  flags: Map<string, string | true>;
}

const BOOLEAN_FLAGS = new Set([
  'json',
  'dry-run',
  'create-missing',
  'snapshot',
  'reveal',
  'help',
  'accept-snapshot',
  'again',
  'update',
]);

export function parseArgs(argv: string[]): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (inline !== undefined) flags.set(key, inline);
    else if (BOOLEAN_FLAGS.has(key) || i + 1 >= argv.length || argv[i + 1]!.startsWith('--')) flags.set(key, true);
    else flags.set(key, argv[++i]!);
  }
  return { positionals, flags };
}

export function flag(args: Args, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** --year YYYY, a year the forms accept (1950-2199); otherwise the command's usage. */
export function yearFlag(args: Args, usage: string): number {
  const year = Number(flag(args, 'year'));
  if (!Number.isInteger(year) || year < 1950 || year > 2199) throw new CliError('USAGE', usage);
  return year;
}

export function requireFlag(args: Args, name: string): string {
  const value = flag(args, name);
  if (value === undefined) throw new CliError('USAGE', `Missing --${name}`);
  return value;
}

/** A refusal by the CLI itself: a code of api/messages/errors/cli.ts (or another table), its details for the sentence. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function fileNotFound(file: string): CliError {
  return new CliError('FILE_NOT_FOUND', `File not found: ${file}`, { file });
}
