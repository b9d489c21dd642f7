// The codes only the command line sends (a wrong command line, a file that is not there), and the names of
// the kinds of file an import can meet (IMPORT_FILE_TYPE's `kind`), in both languages.
import type { Translated } from '../translated';

const zhCN = {
  USAGE: '命令的写法不对。{{usage}}',
  FILE_NOT_FOUND: '找不到文件：{{file}}',
  CLI_SIGN_IN_NEEDED: '请先登录：用 --user 用户名，密码写在 --password-file 文件的第一行（或环境变量 BOAI_PASSWORD）。',
};

const en: Translated<typeof zhCN> = {
  USAGE: 'The command line is not right. {{usage}}',
  FILE_NOT_FOUND: 'File not found: {{file}}',
  CLI_SIGN_IN_NEEDED:
    'Sign in first: --user NAME, with the password in --password-file FILE (or the BOAI_PASSWORD environment variable).',
};

export const cliErrors = { 'zh-CN': zhCN, en };

const zhKinds = {
  pdf: ' PDF 文档',
  word: ' Word 文档',
  powerpoint: ' PowerPoint 演示文稿',
  odt: ' OpenDocument 文字文档',
  image: '图片',
  archive: '压缩包（请先解压，再导入其中的表格）',
  numbers: '苹果 Numbers 表格（请在 Numbers 中导出为 Excel）',
};

const enKinds: Translated<typeof zhKinds> = {
  pdf: 'a PDF document',
  word: 'a Word document',
  powerpoint: 'a PowerPoint presentation',
  odt: 'an OpenDocument text',
  image: 'a picture',
  archive: 'a compressed archive (unpack it first, then import the table in it)',
  numbers: 'an Apple Numbers file (export it to Excel from Numbers)',
};

/** What a file is, by the kind format.ts found; a sentence puts it after 这是 / This is. */
export const fileKinds = { 'zh-CN': zhKinds, en: enKinds };
