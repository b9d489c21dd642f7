// Where a bench child's time went: `npx tsx tests/bench/profileSummary.ts <file.cpuprofile> [rows]` sums a V8
// CPU profile (node --cpu-prof, e.g. BOAI_CITY_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir /tmp/prof") by function
// and by file, self time and time including callees. SQLite's work shows as the self time of the JavaScript
// function that called into better-sqlite3 (a statement's run/all, exec, pragma). The samples are taken on the
// wall clock: on a loaded machine they include time the process waited for a core.
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profileSummary.ts <file.cpuprofile> [rows]');
const rows = Number(rowsArg ?? 40);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const shortUrl = (url: string) => url.split('/').slice(-2).join('/');
const functionKey = ({ callFrame: c }: ProfileNode) =>
  `${c.functionName || '(anonymous)'} ${shortUrl(c.url)}:${c.lineNumber + 1}`;

const add = (sums: Map<string, number>, key: string, us: number) => sums.set(key, (sums.get(key) ?? 0) + us);
const bySelf = new Map<string, number>();
const byFile = new Map<string, number>();
const byTotal = new Map<string, number>();
let totalUs = 0;
for (const [id, us] of selfUs) {
  const node = nodes.get(id)!;
  totalUs += us;
  add(bySelf, functionKey(node), us);
  add(byFile, shortUrl(node.callFrame.url) || node.callFrame.functionName, us);
  // Each function once per sample, however deep it recurses.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
    const key = functionKey(nodes.get(at)!);
    if (!seen.has(key)) add(byTotal, key, us);
    seen.add(key);
  }
}

function print(title: string, sums: Map<string, number>): void {
  console.log(`\n## ${title} (of ${(totalUs / 1e6).toFixed(1)} s sampled)`);
  for (const [key, us] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    const share = ((100 * us) / totalUs).toFixed(1);
    console.log(`${(us / 1e6).toFixed(2).padStart(8)} s ${share.padStart(5)} %  ${key}`);
  }
}

print('self time by function', bySelf);
print('self time by file', byFile);
print('time including callees, by function', byTotal);
