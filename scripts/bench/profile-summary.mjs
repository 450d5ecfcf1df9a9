// Summarises a V8 .cpuprofile (from `node --cpu-prof`): top functions by self time and by
// total (inclusive) time, with file:line. Usage: node scripts/bench/profile-summary.mjs f.cpuprofile [N]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The summary as text: top `top` frames by self time, then by total time. */
export function summariseProfile(file, top = 15) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < prof.samples.length; i++)
    dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const f = n.callFrame;
    const url = f.url.replace(/^file:\/\//, '').replace(/.*\/(node_modules|dist)\//, '$1/');
    return `${f.functionName || '(anonymous)'} ${url ? `${url}:${f.lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map();
  const total = new Map();
  let all = 0;
  for (const [id, us] of dt) {
    all += us;
    const key = label(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = label(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  const out = [];
  const show = (title, m) => {
    out.push(`${title} (of ${(all / 1e6).toFixed(2)} s sampled)`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
      out.push(
        `  ${(us / 1e6).toFixed(2).padStart(6)} s ${((100 * us) / all).toFixed(1).padStart(5)} %  ${k}`,
      );
  };
  show('self time', self);
  show('total time', total);
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, topArg] = process.argv.slice(2);
  console.log(summariseProfile(file, Number(topArg ?? 15)));
}
