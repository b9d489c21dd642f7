// The CLI says every error as the screen does, in the user's language: every code it can print has a
// Chinese and an English sentence (found by reading the sources for the codes they throw), and a real run
// prints the Chinese one under a Chinese locale, the English one otherwise, and --lang chooses.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorSentence, hasSentence } from '@api/messages/errorSentence';
import { PACKAGE_ERROR_CODES } from '@core/exchange/types';
import { cliLanguage } from '../../../electron/cli/language';
import { runCli } from '../cli-support';
import { officeBackend, tempDir } from '../support';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

function* sources(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(file);
    else if (file.endsWith('.ts')) yield file;
  }
}

/** Codes thrown (fail, refuse, new ...Error, the stock helpers that take the code last) in the CLI's reach. */
const THROWN = [
  /\b(?:fail|refuse)\(\s*'([A-Z][A-Z0-9_]+)'/g,
  /new \w*Error\(\s*'([A-Z][A-Z0-9_]+)'/g,
  /\b(?:refuseTaken|refuseWhileHeld|requireRole)\([^;]*?'([A-Z][A-Z0-9_]+)'\s*\)/g,
];
/** Files whose every code-like literal may reach the terminal: password rules, the people checks (import rows). */
const EVERY_LITERAL = /^electron\/core\/(accounts\/|people\/(validate|phone|idNumber)\.ts)/;

function codesTheCliCanPrint(): Set<string> {
  const codes = new Set<string>([
    'USAGE',
    'FILE_NOT_FOUND',
    'INTERNAL',
    'INPUT_INVALID',
    'DB_NEWER_THAN_APP',
    'DB_MIGRATION_MISMATCH',
    ...PACKAGE_ERROR_CODES,
  ]);
  for (const dir of ['electron/core', 'electron/cli', 'db']) {
    for (const file of sources(dir)) {
      const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      for (const pattern of THROWN) for (const match of text.matchAll(pattern)) codes.add(match[1]!);
      if (EVERY_LITERAL.test(file.split(path.sep).join('/')))
        for (const match of text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)) codes.add(match[1]!);
    }
  }
  return codes;
}

const CHINESE = /[\u4e00-\u9fff]/;
/** Each run starts Node and tsx (several seconds on a loaded machine). */
const CLI_RUNS_TIMEOUT = 300_000;

describe("cli: messages in the user's language", () => {
  it('has a Chinese and an English sentence for every error code the CLI can print', () => {
    const codes = codesTheCliCanPrint();
    expect(codes.size).toBeGreaterThan(120);
    expect([...codes].filter((code) => !hasSentence(code, 'zh-CN') || !hasSentence(code, 'en'))).toEqual([]);
    for (const code of codes) {
      const zh = errorSentence(code, {}, 'zh-CN');
      const en = errorSentence(code, {}, 'en');
      expect(zh, code).toMatch(CHINESE);
      expect(en, code).not.toBe(zh);
      expect(en, code).toMatch(/^[A-Z“"']|^This|^\{/);
    }
  });

  it('chooses Chinese for a Chinese locale or --lang zh-CN, English otherwise', () => {
    const args = (lang?: string) => ({
      positionals: [],
      flags: new Map<string, string | true>(lang ? [['lang', lang]] : []),
    });
    expect(cliLanguage(args(), { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLanguage(args(), { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(cliLanguage(args(), { LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLanguage(args(), {})).toBe('en');
    expect(cliLanguage(args('en'), { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLanguage(args('zh-CN'), { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
  });

  it(
    'prints the sentence the screen shows, with --json keeping the code and adding the message',
    () => {
      const { backend } = officeBackend();
      const pdf = path.join(tempDir(), '名单.pdf');
      fs.writeFileSync(pdf, '%PDF-1.7\n');
      const details = { ext: '.pdf', kind: 'pdf' };
      const chinese = runCli(backend.dataDir, ['people', 'import', pdf, '--dry-run', '--json'], {
        LANG: 'zh_CN.UTF-8',
        LC_ALL: '',
      });
      expect(chinese.status).toBe(1);
      expect(chinese.json()).toEqual({
        ok: false,
        code: 'IMPORT_FILE_TYPE',
        message: errorSentence('IMPORT_FILE_TYPE', details, 'zh-CN'),
      });
      expect(chinese.json().message).toContain('这是 PDF 文档，不是表格');
      const english = runCli(backend.dataDir, ['people', 'import', pdf, '--dry-run', '--json', '--lang', 'en'], {
        LANG: 'zh_CN.UTF-8',
        LC_ALL: '',
      });
      expect(english.json()).toEqual({
        ok: false,
        code: 'IMPORT_FILE_TYPE',
        message: errorSentence('IMPORT_FILE_TYPE', details, 'en'),
      });
      expect(english.json().message).toContain('This is a PDF document, not a table');

      const missing = path.join(tempDir(), '没有这个文件.xlsx');
      const human = runCli(backend.dataDir, ['people', 'import', missing], { LANG: 'zh_CN.UTF-8', LC_ALL: '' });
      expect(human.stderr.trim()).toBe(`找不到文件：${missing} (FILE_NOT_FOUND)`);
      const humanEnglish = runCli(backend.dataDir, ['people', 'import', missing], { LANG: 'en_GB.UTF-8', LC_ALL: '' });
      expect(humanEnglish.stderr.trim()).toBe(`File not found: ${missing} (FILE_NOT_FOUND)`);
    },
    CLI_RUNS_TIMEOUT,
  );

  it(
    'says a package refusal and a missing office the same way, in both languages',
    () => {
      const { backend } = officeBackend();
      const junk = path.join(tempDir(), '上报.boaipkg');
      fs.writeFileSync(junk, 'not a package at all');
      for (const language of ['zh-CN', 'en'] as const) {
        const verify = runCli(backend.dataDir, ['package', 'verify', junk, '--json', '--lang', language]).json();
        expect(verify).toMatchObject({ ok: false, code: expect.stringMatching(/^PKG_/) });
        expect(verify.message).toBe(errorSentence(verify.code as string, {}, language));
        const noOffice = runCli(tempDir(), ['stock', 'on-hand', '--json', '--lang', language]).json();
        expect(noOffice).toMatchObject({ ok: false, code: 'OFFICE_NOT_SET_UP' });
        expect(noOffice.message).toContain(
          language === 'zh-CN' ? '还没有设置本单位。请先运行：npm run cli -- office init' : 'No office is set up',
        );
      }
    },
    CLI_RUNS_TIMEOUT,
  );
});
