// `stock import-opening <file> [--dry-run] [--create-missing] [--date YYYY-MM-DD] [--again]` and `stock on-hand [--warehouse W] [--office CODE|all]`:
// the opening-balance import and on-hand query the UI calls, through the router as the signed-in user: importing
// needs the warehouse or approver role, posting a file imported before (--again) the approver's.
import fs from 'node:fs';
import path from 'node:path';
import { openingRowSentences } from '../../api/messages/openingRows';
import { nameKey } from '../../core/stock/opening/resolve';
import { CliError, fileNotFound, flag, type Args } from '../args';
import { cliLanguage } from '../language';
import { withSession } from '../session';

export async function stockImportOpening(args: Args) {
  const file = args.positionals[2];
  if (!file)
    throw new CliError(
      'USAGE',
      'Usage: stock import-opening <file> [--dry-run] [--create-missing] [--date YYYY-MM-DD] [--again]',
    );
  const target = path.resolve(file);
  if (!fs.existsSync(target)) throw fileNotFound(target);
  return withSession(args, async (session) => {
    const result = await session.call('stock.opening.import', {
      fileName: path.basename(target),
      contentBase64: fs.readFileSync(target).toString('base64'),
      dryRun: args.flags.has('dry-run'),
      createMissing: args.flags.has('create-missing'),
      documentDate: flag(args, 'date'),
      again: args.flags.has('again'),
    });
    const { rows, valid, invalid, errors, imported, missing, created, documents, earlierImport } = result;
    const sentences: Record<string, string> = openingRowSentences[cliLanguage(args)];
    const explained = errors.map((error) => ({ ...error, message: sentences[error.code] ?? error.code }));
    return {
      rows,
      valid,
      invalid,
      errors: explained,
      imported,
      missing,
      created,
      documents: documents.map((d) => d.number),
      earlierImport,
    };
  });
}

export function stockOnHand(args: Args) {
  const warehouse = flag(args, 'warehouse');
  // The city: a county's stock, or every office's (rows then name their office).
  const office = flag(args, 'office');
  return withSession(args, async (session) => {
    const rows = await session.call('stock.onHand', { officeCode: office });
    return {
      rows: rows
        .filter(
          (row) =>
            warehouse === undefined ||
            [row.warehouseCode, row.warehouseName].some((w) => nameKey(w) === nameKey(warehouse)),
        )
        .map((row) => ({
          ...(office === undefined ? {} : { office: row.officeCode }),
          warehouse: row.warehouseName,
          itemCode: row.itemCode,
          itemName: row.itemName,
          lot: row.lotNumber,
          expiry: row.expiryDate,
          quantity: row.quantity,
        })),
    };
  });
}
