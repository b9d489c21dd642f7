// Files of packages that cannot be applied yet (held for a gap, or a snapshot awaiting an administrator)
// are kept in the data folder's inbox/ until they are applied, so the clerk need not keep the USB stick.
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../../context';

export function inboxDir(ctx: CoreContext): string {
  return path.join(path.dirname(ctx.store.file), 'inbox');
}

/** Copies the files (fsynced) to inbox/<packageId>/; returns their paths relative to the data folder. */
export function keepFiles(ctx: CoreContext, packageId: string, files: string[]): string[] {
  const dir = path.join(inboxDir(ctx), packageId);
  fs.mkdirSync(dir, { recursive: true });
  return files.map((file, i) => {
    // A kept package placed again (a held one released into a fork) stays where it is.
    const alreadyKept = path.dirname(path.resolve(file)) === path.resolve(dir);
    const target = alreadyKept
      ? path.resolve(file)
      : path.join(dir, `${String(i + 1).padStart(2, '0')}-${path.basename(file)}`);
    if (!alreadyKept) fs.copyFileSync(file, target);
    const fd = fs.openSync(target, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return path.relative(path.dirname(ctx.store.file), target);
  });
}

export function keptPaths(ctx: CoreContext, relative: string[]): string[] {
  return relative.map((file) => path.join(path.dirname(ctx.store.file), file));
}

/** After the package is applied (committed): its kept copy is no longer needed. */
export function dropKeptFiles(ctx: CoreContext, packageId: string): void {
  fs.rmSync(path.join(inboxDir(ctx), packageId), { recursive: true, force: true });
}
