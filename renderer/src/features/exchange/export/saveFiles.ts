// Saving a package's files on this computer. The files come from the outbox through the API and are
// handed to the browser as downloads: the dev host's browser saves them to its download folder, the
// Electron shell asks where with its save dialog. One file at a time keeps each answer small.
import { call } from '@renderer/api/client';
import { downloadBase64 } from '@renderer/ui/files';

export async function savePackageFiles(packageId: string, parts: number[]): Promise<number> {
  for (const part of parts) {
    const [file] = await call('outbox.files', { packageId, part });
    if (file) downloadBase64(file.fileName, file.contentBase64);
  }
  return parts.length;
}

export const allParts = (files: string[]) => files.map((_, i) => i + 1);
