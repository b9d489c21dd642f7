// `npm run web`: opens the office database and serves the built renderer on 127.0.0.1.
import path from 'node:path';
import fs from 'node:fs';
import { openBackend, resolveDataDir } from '../backend';
import { startHost } from './server';
import { sealerFromPassphrase } from '../core/exchange/keys/sealer';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const rendererDir = process.env.BOAI_RENDERER_DIR || path.join(repoRoot, 'dist', 'renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(`The renderer is not built (${rendererDir}). Run: npm run build:renderer`);
  process.exit(1);
}
// Without the OS keychain the office keys are sealed with BOAI_KEY_PASSPHRASE; unset, they stay locked (KEYS_LOCKED).
const backend = openBackend(resolveDataDir(path.join(repoRoot, '.data')), { secrets: sealerFromPassphrase(undefined) });
const host = await startHost({ router: backend.router, rendererDir, port: Number(process.env.BOAI_PORT ?? 0) || undefined });
console.log(`Boai Ledger dev host: ${host.url}`);
console.log(`Data folder: ${backend.dataDir}`);
if (!backend.secrets) console.log('BOAI_KEY_PASSPHRASE is not set: office keys are locked (packages and key cards need it).');

const stop = async () => { await host.close(); backend.close(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
