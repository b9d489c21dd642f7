// Package files the renderer sends (the dev host and Electron both pass the bytes) are kept in the data
// folder's inbox/uploads/<id>/ between verify, preview and apply, so they are sent once. Uploads older than a
// day are removed whenever a new one arrives; an applied upload is removed at once.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { inboxDir } from './held';

export interface UploadedFile {
  fileName: string;
  contentBase64: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const UPLOAD_ID = /^[0-9a-f-]{36}$/;

function uploadsDir(ctx: CoreContext): string {
  return path.join(inboxDir(ctx), 'uploads');
}

function dropStale(ctx: CoreContext): void {
  const dir = uploadsDir(ctx);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (ctx.now().getTime() - fs.statSync(full).mtimeMs > DAY_MS) fs.rmSync(full, { recursive: true, force: true });
  }
}

export function saveUpload(ctx: CoreContext, files: UploadedFile[]): { uploadId: string; paths: string[] } {
  dropStale(ctx);
  const uploadId = randomUUID();
  const dir = path.join(uploadsDir(ctx), uploadId);
  fs.mkdirSync(dir, { recursive: true });
  const paths = files.map((file, i) => {
    // Only the base name is kept, with an index: a crafted name cannot reach outside the folder.
    const target = path.join(dir, `${i}-${path.basename(file.fileName).replace(/[^\w.-]/g, '_')}`);
    fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
    return target;
  });
  return { uploadId, paths };
}

export function uploadPaths(ctx: CoreContext, uploadId: string): string[] {
  const dir = path.join(uploadsDir(ctx), uploadId);
  if (!UPLOAD_ID.test(uploadId) || !fs.existsSync(dir)) fail('INBOX_UPLOAD_GONE', { uploadId });
  return fs
    .readdirSync(dir)
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
    .map((name) => path.join(dir, name));
}

export function dropUpload(ctx: CoreContext, uploadId: string): void {
  if (UPLOAD_ID.test(uploadId)) fs.rmSync(path.join(uploadsDir(ctx), uploadId), { recursive: true, force: true });
}
