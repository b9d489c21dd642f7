// The outbox folder beside the database: <data folder>/outbox/<recipient>/. Files stay here until
// the city acknowledges them, so a lost USB stick costs only a second copy; then they are removed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';

export function outboxDir(ctx: CoreContext, recipient: string): string {
  return path.join(path.dirname(ctx.store.file), 'outbox', recipient);
}

/** Read through one 1 MB buffer: a read stream's fresh 64 KB chunks cost ~0.1 s CPU per 16 MB part, this ~15 ms. */
async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  const handle = await fs.promises.open(file, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return hash.digest('hex');
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/**
 * Copies package files into `dir` the safe way: a temporary name, fsync, rename, then read back and
 * compared with the source, so the clerk is told "ready" only for a copy that reads back whole.
 */
export async function copyVerified(
  files: string[],
  dir: string,
  rename: (name: string) => string = (name) => name,
): Promise<string[]> {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    fail('EXPORT_FOLDER_UNWRITABLE', { dir, reason: (error as NodeJS.ErrnoException).code ?? 'unknown' });
  }
  const written: string[] = [];
  for (const source of files) {
    const target = path.join(dir, rename(path.basename(source)));
    const temp = `${target}.partial`;
    try {
      fs.copyFileSync(source, temp);
      const fd = fs.openSync(temp, 'r+');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, target);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      fail('EXPORT_FOLDER_UNWRITABLE', { dir, reason: (error as NodeJS.ErrnoException).code ?? 'unknown' });
    }
    if ((await sha256OfFile(target)) !== (await sha256OfFile(source))) fail('EXPORT_COPY_MISMATCH', { file: target });
    written.push(target);
  }
  return written;
}
