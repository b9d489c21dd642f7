// A second window in another process: opens the database file on its own connection and, once the test says go,
// issues one certificate per person named, each in its own BEGIN IMMEDIATE transaction as the router runs a
// write; prints the numbers it got.
import type { CoreContext } from '@core/context';
import { issueOne } from '@core/training/register/issue';
import { openDatabase } from '@db/open';

const [file, kindId, ...personIds] = process.argv.slice(2);
const store = openDatabase(file!);
const ctx: CoreContext = {
  store,
  method: 'training.certificates.issue',
  now: () => new Date(),
  actor: { userId: `child-${process.pid}`, username: `child-${process.pid}`, displayName: 'child', roles: ['trainer'] },
};
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
const pause = new Int32Array(new SharedArrayBuffer(4));
const numbers = personIds.map((personId) => {
  Atomics.wait(pause, 0, 0, 1); // a millisecond between clicks, so the two runs overlap even if one starts late
  return store.sqlite
    .transaction(() => issueOne(ctx, { personId, kindId: kindId!, issueDate: '2025-09-01' }))
    .immediate().numbers[0];
});
store.sqlite.close();
process.stdout.write(JSON.stringify(numbers));
process.exit(0);
