// `stock import-opening <file> [--dry-run] [--create-missing] [--date YYYY-MM-DD] [--again]` and `stock on-hand [--warehouse W] [--office CODE|all]`:
// the same opening-balance import and on-hand query as the UI, acting as the CLI user (the machine's administrator,
// who holds the approver's right to post a file imported before: --again).
import fs from 'node:fs';
import path from 'node:path';
import { onHand } from '../../core/stock/balances';
import { importOpening } from '../../core/stock/opening/import';
import { nameKey } from '../../core/stock/opening/resolve';
import { openingRowSentences } from '../../api/messages/openingRows';
import { CliError, fileNotFound, flag, type Args } from '../args';
import { cliLanguage } from '../language';
import { cliContext, openCli, requireCliOffice } from '../context';

export async function stockImportOpening(args: Args) {
  const file = args.positionals[2];
  if (!file) throw new CliError('USAGE', 'Usage: stock import-opening <file> [--dry-run] [--create-missing] [--date YYYY-MM-DD] [--again]');
  const target = path.resolve(file);
  if (!fs.existsSync(target)) throw fileNotFound(target);
  const date = flag(args, 'date');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CliError('USAGE', '--date takes YYYY-MM-DD');
  const backend = openCli();
  try {
    requireCliOffice(backend);
    const result = await importOpening(cliContext(backend, 'stock.importOpening'), {
      fileName: path.basename(target), bytes: fs.readFileSync(target),
      dryRun: args.flags.has('dry-run'), createMissing: args.flags.has('create-missing'), documentDate: date,
      again: args.flags.has('again'),
    });
    const { rows, valid, invalid, errors, imported, missing, created, documents, earlierImport } = result;
    const sentences: Record<string, string> = openingRowSentences[cliLanguage(args)];
    const explained = errors.map((error) => ({ ...error, message: sentences[error.code] ?? error.code }));
    return { rows, valid, invalid, errors: explained, imported, missing, created, documents: documents.map((d) => d.number), earlierImport };
  } finally {
    backend.close();
  }
}

export function stockOnHand(args: Args) {
  const backend = openCli();
  try {
    requireCliOffice(backend);
    const warehouse = flag(args, 'warehouse');
    // The city: a county's stock, or every office's (rows then name their office).
    const office = flag(args, 'office');
    if (office !== undefined && !/^(\d{6}|all)$/.test(office)) throw new CliError('USAGE', '--office takes a 6-digit office code or all');
    const rows = onHand(cliContext(backend, 'stock.onHand'), { officeCode: office })
      .filter((row) => warehouse === undefined || [row.warehouseCode, row.warehouseName].some((w) => nameKey(w) === nameKey(warehouse)))
      .map((row) => ({ ...(office === undefined ? {} : { office: row.officeCode }),
        warehouse: row.warehouseName, itemCode: row.itemCode, itemName: row.itemName, lot: row.lotNumber, expiry: row.expiryDate, quantity: row.quantity }));
    return { rows };
  } finally {
    backend.close();
  }
}
