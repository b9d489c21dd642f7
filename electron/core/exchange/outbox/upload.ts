// Receipt files sent by the renderer (the dev host and Electron both pass the bytes): written to a
// private temporary folder for the package reader, and removed afterwards whatever happens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReceiptImportResult } from '@core/exchange/outbox/contract';
import type { CoreContext } from '../../context';
import { importReceipt } from './receipt';

export interface UploadedFile {
  fileName: string;
  contentBase64: string;
}

export async function withUploadedFiles<T>(files: UploadedFile[], use: (paths: string[]) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boai-upload-'));
  try {
    const paths = files.map((file, i) => {
      // Only the base name is kept, with an index: a crafted name cannot reach outside the folder.
      const target = path.join(dir, `${i}-${path.basename(file.fileName).replace(/[^\w.-]/g, '_')}`);
      fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
      return target;
    });
    return await use(paths);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function importReceiptUpload(ctx: CoreContext, files: UploadedFile[]): Promise<ReceiptImportResult> {
  return withUploadedFiles(files, (paths) => importReceipt(ctx, paths));
}
