// A second window in another process: opens the same database file on its own connection and posts the
// documents named on the command line once the test says go (a line on stdin); prints what happened to each.
import type { CoreContext } from '@core/context';
import { postApproved } from '@core/stock/posting/post';
import { openDatabase } from '@db/open';

const [file, ...ids] = process.argv.slice(2);
const store = openDatabase(file!);
const ctx: CoreContext = {
  store,
  method: 'stock.documents.post',
  now: () => new Date(),
  actor: {
    userId: `child-${process.pid}`,
    username: `child-${process.pid}`,
    displayName: 'child',
    roles: ['warehouse'],
  },
};
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
const pause = new Int32Array(new SharedArrayBuffer(4));
const outcomes = ids.map((id) => {
  // A few milliseconds between clicks leave the lock free most of the time, so the other connection gets in even
  // on a loaded machine (SQLite lets a busy writer retry only now and then: without gaps one side can starve).
  Atomics.wait(pause, 0, 0, 5);
  try {
    postApproved(ctx, id);
    return { id, outcome: 'posted' };
  } catch (error) {
    return { id, outcome: (error as { code?: string }).code ?? String(error) };
  }
});
store.sqlite.close();
process.stdout.write(JSON.stringify(outcomes));
process.exit(0);
