// Opens the office database and serves the built renderer on 127.0.0.1: what `npm run web` and the
// `npm start` fallback (no Electron binary) both run.
import fs from 'node:fs';
import path from 'node:path';
import { openBackend, resolveDataDir } from '../backend';
import { sealerFromPassphrase } from '../core/exchange/keys/sealer';
import { startHost, type Host } from './server';

export interface ServedOffice {
  host: Host;
  dataDir: string;
  keysLocked: boolean;
  stop(): Promise<void>;
}

export async function serveOffice(repoRoot: string): Promise<ServedOffice> {
  const rendererDir = process.env.BOAI_RENDERER_DIR || path.join(repoRoot, 'dist', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}). Run: npm run build:renderer`);
  }
  // Without the OS keychain the office keys are sealed with BOAI_KEY_PASSPHRASE; unset, they stay locked (KEYS_LOCKED).
  const backend = openBackend(resolveDataDir(path.join(repoRoot, '.data')), {
    secrets: sealerFromPassphrase(undefined),
  });
  const host = await startHost({
    router: backend.router,
    rendererDir,
    port: Number(process.env.BOAI_PORT ?? 0) || undefined,
  });
  return {
    host,
    dataDir: backend.dataDir,
    keysLocked: !backend.secrets,
    stop: async () => {
      await host.close();
      backend.close();
    },
  };
}

/** The lines every way of starting the dev host prints, and a clean stop on Ctrl+C. */
export function announce(served: ServedOffice): void {
  console.log(`Boai Ledger dev host: ${served.host.url}`);
  console.log(`Data folder: ${served.dataDir}`);
  if (served.keysLocked)
    console.log('BOAI_KEY_PASSPHRASE is not set: office keys are locked (packages and key cards need it).');
  const stop = async () => {
    await served.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
