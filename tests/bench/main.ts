// `npm run bench [name...]`: runs the benchmarks and prints their figures as tables (not a pass/fail test).
import { machineSpeedMs } from './machineSpeed';
import { benches } from './registry';
import type { BenchTable } from './types';

function printTable(table: BenchTable): void {
  const cells = [table.columns, ...table.rows.map((r) => r.map(String))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) => '| ' + r.map((c, i) => c + ' '.repeat(widths[i]! - displayWidth(c))).join(' | ') + ' |';
  console.log(`\n## ${table.title}`);
  console.log(line(table.columns));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of cells.slice(1)) console.log(line(row));
  for (const note of table.notes ?? []) console.log(`  ${note}`);
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

const wanted = process.argv.slice(2);
const selected = Object.entries(benches).filter(([name]) => wanted.length === 0 || wanted.includes(name));
console.log(`Boai Ledger benchmarks - node ${process.version}, ${new Date().toISOString()}`);
console.log(
  `machine speed now: ${machineSpeedMs()} ms for the fixed workload of tests/bench/machineSpeed.ts (lower is faster; compare runs by it)`,
);
for (const [name, bench] of selected) {
  const started = performance.now();
  for (const table of await bench()) printTable(table);
  console.log(
    `  (${name}: ${((performance.now() - started) / 1000).toFixed(1)} s; machine speed after it: ${machineSpeedMs()} ms)`,
  );
}
