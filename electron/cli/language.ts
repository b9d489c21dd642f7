// The language the CLI speaks: --lang zh-CN|en, else the locale (LC_ALL, LC_MESSAGES, LANG) - Chinese when it
// is Chinese, English otherwise - and the sentence it prints for an error, the same one the screen shows.
import { DatabaseRefusedError } from '../../db/open';
import { errorSentence } from '../api/messages/errorSentence';
import type { Language } from '../api/messages/translated';
import { AppError } from '../core/errors';
import { CliError, flag, type Args } from './args';

export function cliLanguage(args?: Args, env: NodeJS.ProcessEnv = process.env): Language {
  const chosen = args ? flag(args, 'lang') : undefined;
  const locale = chosen ?? (env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '');
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

/** An error's code and the sentence for it in `language`. */
export function describeError(error: unknown, language: Language): { code: string; message: string } {
  const say = (code: string, details?: Record<string, unknown>) => ({
    code,
    message: errorSentence(code, details, language),
  });
  if (error instanceof CliError)
    return say(error.code, error.details ?? (error.code === 'USAGE' ? { usage: error.message } : undefined));
  if (error instanceof AppError || error instanceof DatabaseRefusedError)
    return say(error.code, error instanceof AppError ? error.details : undefined);
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return say('FILE_NOT_FOUND', { file: e.path });
  const internal = say('INTERNAL');
  return { ...internal, message: `${internal.message} (${e?.message ?? String(error)})` };
}
