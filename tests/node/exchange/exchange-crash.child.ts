// Child of the crash test: applies one package to a city database and is killed with SIGKILL somewhere in
// the middle (applying, or building the sort indexes again). `node child.cjs <dbFile> <passphrase> <packageFile>`; prints "applying" just before it starts.
import type { CoreContext } from '@core/context';
import { finishImports, importPackage } from '@core/exchange/inbox';
import { passphraseSealer } from '@core/exchange/keys/sealer';
import { openDatabase } from '@db/open';

async function main(dbFile: string, passphrase: string, file: string) {
  const store = openDatabase(dbFile, { migrationsDir: process.env.BOAI_MIGRATIONS });
  const ctx: CoreContext = {
    store,
    method: 'crash.import',
    now: () => new Date(),
    secrets: passphraseSealer(passphrase),
    actor: { userId: 'crash', username: 'crash', displayName: 'crash', roles: ['admin'] },
  };
  process.stdout.write('applying\n');
  const started = performance.now();
  const outcome = await importPackage(ctx, [file]);
  await finishImports(ctx); // as the CLI does: the sort indexes the package dropped are built again
  process.stdout.write(`${JSON.stringify({ status: outcome.status, ms: performance.now() - started })}\n`);
  store.sqlite.close();
}

const [dbFile, passphrase, file] = process.argv.slice(2);
main(dbFile!, passphrase!, file!).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
