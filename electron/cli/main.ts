// `npm run cli -- <command>`: the program from a terminal, through the router as a signed-in user (session.ts);
// only the recovery commands (context.ts) work without. With --json, exactly one JSON object on stdout.
import { parseArgs, type Args } from './args';
import { cliLanguage, describeError } from './language';

type Command = (args: Args) => unknown | Promise<unknown>;

// Loaded on demand, so a quick command does not pay for the spreadsheet libraries.
const COMMANDS: Record<string, Command> = {
  'office init': async (args) => (await import('./commands/office')).officeInit(args),
  'db check': async () => (await import('./commands/db')).dbCheck(),
  'db backup': async (args) => (await import('./commands/db')).dbBackup(args),
  'db restore': async (args) => (await import('./commands/db')).dbRestore(args),
  'package export': async (args) => (await import('./commands/package')).packageExport(args),
  'package verify': async (args) => (await import('./commands/package')).packageVerify(args),
  'package import': async (args) => (await import('./commands/package')).packageImport(args),
  'package receipt': async (args) => (await import('./commands/package')).packageReceipt(args),
  'people import': async (args) => (await import('./commands/people')).peopleImport(args),
  'people export': async (args) => (await import('./commands/people')).peopleExport(args),
  'keys init': async (args) => (await import('./commands/keys')).keysInit(args),
  'keys card': async (args) => (await import('./commands/keys')).keysCard(args),
  'keys preview': async (args) => (await import('./commands/keys')).keysPreview(args),
  'keys trust': async (args) => (await import('./commands/keys')).keysTrust(args),
  'keys list': async (args) => (await import('./commands/keys')).keysList(args),
  'keys rotate': async (args) => (await import('./commands/keys')).keysRotate(args),
  'keys directory': async (args) => (await import('./commands/keys')).keysDirectory(args),
  'users reset-password': async (args) => (await import('./commands/users')).usersResetPassword(args),
  'stock import-opening': async (args) => (await import('./commands/stock')).stockImportOpening(args),
  'stock on-hand': async (args) => (await import('./commands/stock')).stockOnHand(args),
  'training stats': async (args) => (await import('./commands/trainingReports')).trainingStats(args),
  'training import-certificates': async (args) =>
    (await import('./commands/trainingReports')).trainingImportCertificates(args),
  'training qr': async (args) => (await import('./commands/training')).trainingQr(args),
  'training verify': async (args) => (await import('./commands/training')).trainingVerify(args),
  'training revoke': async (args) => (await import('./commands/training')).trainingRevoke(args),
  'volunteers import': async (args) => (await import('./commands/volunteers')).volunteersImport(args),
  'volunteers import-hours': async (args) => (await import('./commands/volunteers')).volunteersImportHours(args),
  'volunteers stats': async (args) => (await import('./commands/volunteers')).volunteersStats(args),
  'members import': async (args) => (await import('./commands/members')).membersImport(args),
  'members stats': async (args) => (await import('./commands/members')).membersStats(args),
  'households import': async (args) => (await import('./commands/households')).householdsImport(args),
  'report annual': async (args) => (await import('./commands/report')).reportAnnual(args),
  'pairing import': async (args) => (await import('./commands/pairing')).pairingImport(args),
  'pairing overdue': async (args) => (await import('./commands/pairing')).pairingOverdue(args),
};

const USAGE = `Usage: npm run cli -- <command> [--json] [--user NAME --password-file F]
Commands act as a user of the office, with that user's roles: --user NAME (or BOAI_USER) and the password in
--password-file F (or BOAI_PASSWORD). Without a sign-in (recovery on the machine): office init, users reset-password,
db check|backup|restore - their --password-file is the new user's password.
  office init --code C --name N --role county|city --admin USER --password-file F [--passphrase-file K]
  db check
  db backup <file>
  db restore <backup file>        (close the app first; the database gets a new incarnation id)
  package export FILE --to OFFICECODE [--snapshot] [--part-mb N]   (county: FILE may be a folder)
  package verify FILE [FILE...]    (city) prints ok, sender, seq, kind, counts - or ok:false, code, message
  package import FILE [FILE...] [--dry-run] [--accept-snapshot]   (city: counts per table; county: a receipt)
  package receipt FILE --to OFFICECODE   (city: the signed receipt for that county)
  people import <file> [--dry-run] [--update [--clear-blanks village,mobile]]   (--update: registered ID numbers update that person; blanks never erase)
  people export <file> [--reveal]
  keys init                        (only when office init ran without a passphrase)
  keys card <file>                 this office's key card; prints officeCode, keyId, fingerprint
  keys preview <card file>
  keys trust <card file> --fingerprint DIGITS
  keys list
  keys rotate [<new card file>]
  keys directory export <file>     (city) its counties' certificate-signing keys, signed
  keys directory import <file>     (county) the directory from its city; only a newer one is taken
  users reset-password USER --password-file F   (recovery: new password, account unlocked; audited as the machine's user)
  stock import-opening <file> [--dry-run] [--create-missing] [--date YYYY-MM-DD] [--again]   (--again: post a file imported before)
  stock on-hand [--warehouse CODE|NAME] [--office CODE|all]   (--office: the city reads a county's stock, or all)
  training stats --year YYYY [--office CODE|all]   courses, attendances, certificates and holders of the year
  training import-certificates <file> [--dry-run]   a legacy certificate register; exit 1 when a row is wrong
  training qr NUMBER [--png FILE]  a certificate's signed QR text (and its image); needs the key passphrase
  training verify PAYLOAD          证书查验: ok, status, number, kind, name, idMasked, dates, office - or ok:false, code, message
  training revoke NUMBER --reason TEXT   (approver)
  volunteers import <file> [--dry-run]   a volunteer roster; people matched or added by ID number; exit 1 when a row is wrong
  volunteers import-hours <file> [--dry-run] [--pending]   historical service hours, approved by you unless --pending
  volunteers stats [--year YYYY]   volunteers, approved hours (of the year), volunteers by star level
  members import <file> [--dry-run]   a member roster with a dues column per year (2024年会费); exit 1 when a row is wrong
  members stats   members, by kind (individual, youth, group), and lapsed
  households import <file> [--dry-run]   households in the 扶贫 layout (one row per member, 户主身份证号 on every row); exit 1 when a row is wrong
  report annual --year YYYY [--office CODE]   the year's indicators (年度统计报表); at the city one county, or without --office the city's total
  pairing import <file> [--dry-run]   a pairing list (帮扶干部身份证号, 户主身份证号, 结对日期); exit 1 when a row is wrong
  pairing overdue [--months N]     pairings whose cadre has not visited for N months (default: the office's setting)
Messages are in Chinese when the locale (LC_ALL, LANG) is Chinese, else in English; --lang zh-CN|en chooses.
Private keys are unlocked with --passphrase-file K or BOAI_KEY_PASSPHRASE.
The data folder is BOAI_DATA_DIR (default ~/.boai-ledger).`;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const json = args.flags.has('json');
  const command = COMMANDS[args.positionals.slice(0, 2).join(' ')];
  if (!command || args.flags.has('help')) {
    if (json) console.log(JSON.stringify({ ok: false, code: 'USAGE', message: USAGE }));
    else console.error(USAGE);
    return command ? 0 : 2;
  }
  try {
    const result = await command(args);
    console.log(json ? JSON.stringify(result) : formatHuman(result));
    return (result as { ok?: boolean })?.ok === false ? 1 : 0;
  } catch (error) {
    // The sentence the screen shows, in the user's language; the code stays for scripts.
    const { code, message } = describeError(error, cliLanguage(args));
    if (json) console.log(JSON.stringify({ ok: false, code, message }));
    console.error(`${message} (${code})`);
    return 1;
  }
}

function formatHuman(result: unknown): string {
  return JSON.stringify(result, null, 2);
}

process.exitCode = await main(process.argv.slice(2));
