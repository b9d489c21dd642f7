// The error codes of the office keys and the trust list (KEYS_*, KEYCARD_*, TRUST_*), for the UI and the CLI.
import type { Translated } from '../translated';

const zhCN = {
  KEYS_LOCKED:
    '本单位的私钥已加锁，暂时无法使用。桌面程序：请在建立密钥的电脑和系统账户上使用；浏览器开发服务：请设置环境变量 BOAI_KEY_PASSPHRASE（建立密钥时的口令）后重新启动；命令行：请加上 --passphrase-file 口令文件。',
  KEYS_MISSING:
    '本单位还没有密钥：请管理员在“密钥与信任”页点击“生成密钥”（命令行：npm run cli -- keys init --passphrase-file 口令文件）。',
  KEYS_PASSPHRASE_WRONG:
    '密钥口令不对：请使用建立本单位密钥时的口令（BOAI_KEY_PASSPHRASE 或 --passphrase-file 口令文件）重新启动。',
  KEYS_PASSPHRASE_EMPTY: '密钥口令为空：请设置一个口令。',
  KEYS_SEALED_UNREADABLE: '本单位私钥的存储格式无法识别：数据库可能来自更新版本的博爱台账或已损坏，请联系技术支持。',
  KEYS_ALREADY_EXIST: '本单位已经有密钥，无需再生成；如需更换，请用“更换密钥”。',
  KEYCARD_INVALID: '这不是有效的密钥卡文件，或文件已被改动：请向对方单位重新索取密钥卡文件。',
  KEYCARD_OWN_OFFICE: '这是本单位自己的密钥卡：请导入对方单位的密钥卡。',
  KEYCARD_WRONG_ROLE: '单位级别不符：市级单位只信任县级单位的密钥卡，县级单位只信任市级单位的密钥卡。',
  TRUST_FINGERPRINT_MISMATCH:
    '指纹不一致：输入的数字与密钥卡上的指纹不同。请再与对方电话核对；如果确实不同，这张密钥卡可能被调换，不要信任它。',
  TRUST_CONFIRMATION_REQUIRED: '需要核对指纹：请电话核对后输入对方念出的指纹数字。',
  DIRECTORY_CITY_ONLY: '密钥目录由市级单位导出：县级单位只能导入市里发来的密钥目录。',
  DIRECTORY_COUNTY_ONLY: '密钥目录由县级单位导入：市级单位请用“导出密钥目录”。',
  DIRECTORY_INVALID: '这不是有效的密钥目录文件，或文件已损坏：请向市红十字会重新索取。',
  DIRECTORY_NO_CITY: '本单位还没有信任市红十字会的密钥卡：请先在“密钥与信任”页导入并核对市里的密钥卡。',
  DIRECTORY_OTHER_CITY: '这份密钥目录来自其他市（{{cityCode}}），不是本单位所属的市：未导入。',
  DIRECTORY_SIGNATURE_INVALID: '密钥目录的签名不是本市红十字会的：文件可能被改动或调换，未导入。',
  DIRECTORY_NOT_NEWER: '这份密钥目录不比本单位已有的新（已有的签发于 {{held}}）：未导入，仍使用已有的目录。',
};

const en: Translated<typeof zhCN> = {
  KEYS_LOCKED:
    "This office's private keys are locked. Desktop app: use it on the computer and user account that created the keys; browser dev host: set BOAI_KEY_PASSPHRASE (the passphrase used when the keys were made) and restart; command line: add --passphrase-file FILE.",
  KEYS_MISSING:
    'This office has no keys yet: an administrator can create them on the Keys and trust page (command line: npm run cli -- keys init --passphrase-file FILE).',
  KEYS_PASSPHRASE_WRONG:
    'Wrong key passphrase: restart with the passphrase used when the keys were made (BOAI_KEY_PASSPHRASE, or --passphrase-file FILE).',
  KEYS_PASSPHRASE_EMPTY: 'The key passphrase is empty: set one.',
  KEYS_SEALED_UNREADABLE:
    'The stored private keys are in an unknown form: the database may come from a newer Boai Ledger or be damaged. Contact support.',
  KEYS_ALREADY_EXIST: 'This office already has keys; use Replace keys to change them.',
  KEYCARD_INVALID:
    'This is not a valid key card file, or it was altered: ask the other office for its key card file again.',
  KEYCARD_OWN_OFFICE: "This is our own key card: import the other office's card.",
  KEYCARD_WRONG_ROLE: "Wrong level: a city trusts county key cards, a county trusts its city's key card.",
  TRUST_FINGERPRINT_MISMATCH:
    "Fingerprint mismatch: the digits typed differ from the key card's fingerprint. Compare again by phone; if they really differ the card may have been swapped: do not trust it.",
  TRUST_CONFIRMATION_REQUIRED: 'The fingerprint must be compared: type the digits the other office reads out.',
  DIRECTORY_CITY_ONLY: 'The key directory is exported by the city; a county imports the one its city sends.',
  DIRECTORY_COUNTY_ONLY: 'A county imports the key directory; the city exports it.',
  DIRECTORY_INVALID: 'This is not a valid key directory file, or it is damaged: ask the city office for it again.',
  DIRECTORY_NO_CITY:
    "This office does not trust its city's key card yet: import and compare it on the Keys and trust page first.",
  DIRECTORY_OTHER_CITY: 'This key directory comes from another city ({{cityCode}}), not ours: not imported.',
  DIRECTORY_SIGNATURE_INVALID:
    'The key directory is not signed by our city: it may have been altered or swapped. Not imported.',
  DIRECTORY_NOT_NEWER:
    'This key directory is not newer than the one held (issued {{held}}): not imported; the one held stays.',
};

export const keysErrors = { 'zh-CN': zhCN, en };
