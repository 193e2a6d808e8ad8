// Summarises V8 `.cpuprofile` files (from `npm run bench -- --cpu-prof`): the functions with the most time of
// their own, and the most time including what they call, so a slow phase can be named without opening DevTools.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function frameName({ functionName, url, lineNumber }) {
  const file = url.split('/').slice(-2).join('/');
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** Adds one profile's self and inclusive times (µs) per function name into `self` and `total`. */
function addProfile(profile, self, total) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    const leaf = frameName(byId.get(id).callFrame);
    self.set(leaf, (self.get(leaf) ?? 0) + micros);
    // A recursive function appears several times on one stack; count it once per sample.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const name = frameName(byId.get(at).callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + micros);
    }
  });
}

export function summariseProfiles(dir, top = 20) {
  const self = new Map();
  const total = new Map();
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  for (const name of files) addProfile(JSON.parse(readFileSync(join(dir, name), 'utf8')), self, total);
  // Percentages are of busy time: a server mostly waits for the next message, and that idling says nothing.
  const busy = (total.get('(root)') ?? 0) - (self.get('(idle)') ?? 0) || 1;
  const list = (map) => [...map]
    .filter(([name]) => !/^\((root|program|idle)\)/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => `${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${name}`);
  return [
    `CPU profiles of the Vitae server (${files.length} in ${dir}):`,
    `busy ${(busy / 1000).toFixed(0)} ms; most time of their own:`, ...list(self),
    'most time including callees:', ...list(total),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(summariseProfiles(process.argv[2] ?? '.'));
