// What each package refusal (PKG_* in electron/core/exchange/types.ts) tells the clerk to do, in Chinese and
// English. Shared by the renderer (errors.PKG_*) and the CLI, so a terminal and a screen say the same thing.
import { recordProblemOf, recordProblemText } from '../../recordLabels';

export interface PackageMessage {
  'zh-CN': string;
  en: string;
}

export const PACKAGE_MESSAGES: Record<string, PackageMessage> = {
  PKG_NOT_A_PACKAGE: {
    'zh-CN': '这不是博爱台账的数据包文件。请确认选择的是县里导出的 .boaipkg 文件。',
    en: 'This is not a Boai Ledger package. Choose the .boaipkg file the county exported.',
  },
  PKG_FORMAT_UNSUPPORTED: {
    'zh-CN': '这个数据包由更新版本的博爱台账生成，本机程序读不了。请先升级本机的博爱台账。',
    en: 'This package was written by a newer version of Boai Ledger. Update this program first.',
  },
  PKG_TRUNCATED: {
    'zh-CN': '此数据包不完整，可能复制中断，请重新拷贝。',
    en: 'This package is incomplete; the copy was probably interrupted. Copy it again.',
  },
  PKG_TRAILING_DATA: {
    'zh-CN': '数据包末尾多出了内容，文件可能在传输中被改动。请向县里重新索取或重新拷贝。',
    en: 'The package has extra bytes at its end; it was altered in transit. Copy it again or ask the county to resend it.',
  },
  PKG_CHECKSUM_MISMATCH: {
    'zh-CN': '数据包已损坏（校验不符），可能是 U 盘或邮件传输出错。请重新拷贝，或请县里重新发送。',
    en: 'The package is damaged (checksum mismatch), probably by the USB stick or e-mail. Copy it again or ask the county to resend it.',
  },
  PKG_HEADER_INVALID: {
    'zh-CN': '数据包的包头无法读取，文件已损坏。请请县里重新导出。',
    en: 'The package header cannot be read; the file is damaged. Ask the county to export it again.',
  },
  PKG_SENDER_UNKNOWN: {
    'zh-CN': '发送单位不在本机的信任列表中。请先在“密钥与信任”中导入该县的密钥卡并核对指纹。',
    en: 'The sending office is not on the trust list. Import its key card under Keys and trust and confirm the fingerprint first.',
  },
  PKG_KEY_MISMATCH: {
    'zh-CN': '数据包的签名密钥与信任列表中该县的密钥不一致。县里可能换了密钥：请电话核对后重新导入其密钥卡。',
    en: 'The package was signed with a key other than the one trusted for that office. If the county replaced its keys, confirm by phone and import its new key card.',
  },
  PKG_SIGNATURE_INVALID: {
    'zh-CN': '数据包签名验证失败，内容可能被篡改。请不要导入，并与县里电话核实。',
    en: 'The signature does not verify; the package may have been tampered with. Do not import it; check with the county by phone.',
  },
  PKG_WRONG_RECIPIENT: {
    'zh-CN': '这个数据包是发给其他单位的，不是本单位。请确认县里导出时选择了本单位。',
    en: 'This package is meant for another office. Ask the county to export it for this office.',
  },
  PKG_SCHEMA_AHEAD: {
    'zh-CN': '县里使用的程序版本比本机新，数据格式读不了。请先升级本机的博爱台账。',
    en: 'The county uses a newer version whose data this program cannot read. Update this program first.',
  },
  PKG_PAYLOAD_CORRUPT: {
    'zh-CN': '数据包内容已损坏，可能复制中断或文件被改动，请重新拷贝。',
    en: 'The package contents are damaged (interrupted copy or altered file). Copy it again.',
  },
  PKG_TOO_LARGE: {
    'zh-CN': '数据包解压后超出了声明的大小，已拒绝读取。请请县里重新导出。',
    en: 'The package inflates beyond its declared size and was refused. Ask the county to export it again.',
  },
  PKG_PARTS_MISSING: {
    'zh-CN': '这个数据包分成了几个文件，还缺少一部分。请把所有分卷文件（.partNNofMM）一起选中。',
    en: 'This package is split into parts and some are missing. Select all the part files (.partNNofMM) together.',
  },
  PKG_PARTS_DUPLICATE: {
    'zh-CN': '选中的文件中有重复的分卷，或混入了别的数据包的分卷。请只选同一个数据包的各个分卷。',
    en: 'A part was chosen twice, or parts of different packages were mixed. Select the parts of one package only.',
  },
  PKG_ALREADY_IMPORTED: {
    'zh-CN': '这个数据包以前已经导入过，本次没有做任何改动。',
    en: 'This package was imported before; nothing was changed.',
  },
  PKG_REPLAY_MISMATCH: {
    'zh-CN':
      '这个数据包与市里已收到的同序号数据包不一致，县里可能恢复过备份。已暂停接收该县数据：请县里导出全量数据包，由管理员接受。',
    en: 'This package differs from the one already received with the same number; the county probably restored a backup. Receiving from this county is stopped: ask for a full (snapshot) package for an administrator to accept.',
  },
  PKG_SEQUENCE_GAP: {
    'zh-CN': '前面还有数据包没有收到，这个数据包已暂存，收齐后会自动导入。请向县里索取缺少的序号。',
    en: 'Earlier packages are missing; this one is held and will be applied once they arrive. Ask the county for the missing numbers.',
  },
  PKG_INCARNATION_CHANGED: {
    'zh-CN': '县里的数据库已重建或从备份恢复，与市里已有的数据接不上。请县里导出全量数据包，由管理员接受。',
    en: 'The county database was re-created or restored from a backup and no longer follows what the city has. Ask for a full (snapshot) package for an administrator to accept.',
  },
  PKG_NOT_FOR_THIS_ROLE: {
    'zh-CN': '本单位不能导入这种数据包（市里导入县里的数据包，县里只导入市里的回执）。',
    en: 'This office cannot import this kind of package (the city imports county packages; a county imports receipts).',
  },
  PKG_STREAM_FORKED: {
    'zh-CN':
      '该县的数据接收已暂停（之前发现数据包不一致）。请县里导出全量数据包，由管理员在“数据接收”中接受后再导入其他数据包。',
    en: 'Receiving from this county is stopped after a mismatch. Ask for a full (snapshot) package; once an administrator accepts it under Inbox, import the others.',
  },
  PKG_RECORD_INVALID: {
    'zh-CN': '数据包中有无法写入的记录，整个数据包没有导入。请县里确认程序版本后重新导出。',
    en: 'The package holds a record that cannot be stored; nothing was imported. Ask the county to check its program version and export again.',
  },
  PKG_VALUE_INVALID: {
    'zh-CN': '数据包中有记录的内容不符合录入要求，整个数据包没有导入。请县里在程序中改正这条记录后重新导出。',
    en: 'A record in the package holds a value that entry would refuse; nothing was imported. Ask the county to correct the record and export again.',
  },
  PKG_FIELD_TOO_LONG: {
    'zh-CN': '数据包中有记录的内容超过了长度上限，整个数据包没有导入。请县里在程序中改正这条记录后重新导出。',
    en: 'A record in the package holds a text longer than allowed; nothing was imported. Ask the county to correct the record and export again.',
  },
  PKG_REFERENCE_FOREIGN: {
    'zh-CN': '数据包中有记录指向其他单位的记录或不存在的记录，整个数据包没有导入。请与县里核实其数据库是否被改动过。',
    en: "A record in the package points at another office's record or at none; nothing was imported. Check with the county whether its database was altered.",
  },
  PKG_AUDIT_REWOUND: {
    'zh-CN':
      '这个数据包中县里的操作记录（审计日志）与上一个数据包接不上：县里的记录可能被删改过。整个数据包没有导入。请联系县里的管理员在本机运行“数据库检查”，查明原因后再报送。',
    en: "The county's audit log in this package does not continue the one in its previous package: the county's records may have been altered or cut. Nothing was imported. Ask the county's administrator to run the database check and find out why before sending again.",
  },
  PKG_INCARNATION_STALE: {
    'zh-CN':
      '这个数据包来自县里恢复备份之前的数据，已经过时，市里已接收了县里恢复后的数据。无需处理；如需最新数据，请县里导出新的数据包。',
    en: 'This package is from before the county restored its data; it is out of date, and the city already follows the restored data. Nothing to do; for current data, ask the county for a new package.',
  },
};

/** The package codes as one language's errors.<CODE> table. */
export const packageErrors = (language: keyof PackageMessage) =>
  Object.fromEntries(Object.entries(PACKAGE_MESSAGES).map(([code, text]) => [code, text[language]])) as Record<
    string,
    string
  >;

/** The message in one language, with the code when none is known; a refused record is named after it. */
export function packageMessageText(code: string, language: keyof PackageMessage, details?: unknown): string {
  const problem = recordProblemOf(details);
  const message = PACKAGE_MESSAGES[code]?.[language] ?? code;
  return problem ? `${message}${language === 'zh-CN' ? '' : ' '}${recordProblemText(problem, language)}` : message;
}
