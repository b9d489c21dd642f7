// Writing a package again (a lost or damaged USB stick): the very same files from the outbox, so the
// city sees the same package id and hash and applies it once.
import fs from 'node:fs';
import path from 'node:path';
import type { PackageFileContent } from '@core/exchange/outbox/contract';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { copyVerified } from './folder';
import { findOutboxRow, outboxFilePaths } from './store';

function resendableFiles(ctx: CoreContext, packageId: string): string[] {
  const row = findOutboxRow(ctx, packageId);
  if (row.status === 'acknowledged') fail('OUTBOX_ALREADY_ACKNOWLEDGED', { packageId, seq: row.seq });
  const files = outboxFilePaths(ctx, row);
  const missing = files.filter((file) => !fs.existsSync(file)).map((file) => path.basename(file));
  if (missing.length > 0) fail('OUTBOX_FILES_MISSING', { packageId, missing });
  return files;
}

function audit(ctx: CoreContext, packageId: string, to: string): void {
  // commits in steps: a job - the files are rewritten on disk first, then the audit entry is written here.
  ctx.store.sqlite.transaction(() =>
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'outbox_packages',
      recordId: packageId,
      after: { writtenAgain: to },
    }),
  )();
}

/** Copies the package's files to `dir` (read back and compared); returns where they are. */
export async function writePackageAgain(ctx: CoreContext, packageId: string, dir: string): Promise<string[]> {
  const written = await copyVerified(resendableFiles(ctx, packageId), path.resolve(dir));
  audit(ctx, packageId, path.resolve(dir));
  return written;
}

/** The package's files for the renderer to save (the dev host downloads them; Electron shows a save dialog). */
export function packageFileContents(ctx: CoreContext, packageId: string, part?: number): PackageFileContent[] {
  const files = resendableFiles(ctx, packageId);
  const chosen = part === undefined ? files : files.slice(part - 1, part);
  if (chosen.length === 0) fail('OUTBOX_PART_NOT_FOUND', { packageId, part });
  audit(ctx, packageId, 'download');
  return chosen.map((file) => ({
    fileName: path.basename(file),
    contentBase64: fs.readFileSync(file).toString('base64'),
  }));
}
