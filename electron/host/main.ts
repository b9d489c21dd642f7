// `npm run web`: opens the office database and serves the built renderer on 127.0.0.1.
import path from 'node:path';
import { announce, serveOffice } from './serveOffice';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
try {
  announce(await serveOffice(repoRoot));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
