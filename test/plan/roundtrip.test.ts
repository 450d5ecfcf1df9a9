/**
 * Every sample, kept the old way (narrative in case.json) and migrated to plan.md, gives the
 * report the same sections (the blocks compose prints) and the same case data; one sample is
 * built both ways to the same PDF bytes (building every sample twice took a tenth of the test
 * run). The migrated folder holds exactly the committed case.json and plan.md.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAuthenticityCase } from '../../scripts/samples/lib/authenticity.mjs';
import { CASES } from '../../scripts/samples/index.mjs';
import { build } from '../../src/build.js';
import { migrateCase } from '../../src/plan/migrate.js';
import { loadCase } from '../../src/case/load.js';
import { loadPlan } from '../../src/plan/load.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATE = '2026-11-20';
/** The sample built both ways (the smallest report). */
const BUILT = 'ja-performance';
const tmp = mkdtempSync(path.join(tmpdir(), 'ep-plan-roundtrip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copy(id: string, name: string): string {
  const dir = path.join(tmp, `${id}-${name}`);
  cpSync(path.join(ROOT, 'samples', id), dir, { recursive: true });
  rmSync(path.join(dir, 'submissions'), { recursive: true, force: true });
  return dir;
}

interface CaseDef {
  id: string;
  build?: () => Promise<{ legacyCaseJson: Buffer }>;
}

describe.each((CASES as CaseDef[]).map((d) => [d.id, d] as const))('%s', (id, def) => {
  it.skipIf(!existsSync(path.join(ROOT, 'samples', id, 'records')))(
    'case.json narrative → migrate → plan.md → the same PDF bytes',
    async () => {
      const generated = def.build ? await def.build() : await buildAuthenticityCase(def);
      const legacy = copy(id, 'legacy');
      writeFileSync(path.join(legacy, 'case.json'), generated.legacyCaseJson);
      rmSync(path.join(legacy, 'plan.md'));
      expect(Object.keys((await loadCase(legacy)).data.narrative).length).toBeGreaterThan(5);

      const migrated = copy(id, 'migrated');
      writeFileSync(path.join(migrated, 'case.json'), generated.legacyCaseJson);
      rmSync(path.join(migrated, 'plan.md'));
      const m = await migrateCase(migrated);
      expect(m.warnings).toEqual([]);
      // exactly the committed files: the samples are what migrate writes
      for (const f of ['plan.md', 'case.json'])
        expect(readFileSync(path.join(migrated, f), 'utf8'), f).toBe(
          readFileSync(path.join(ROOT, 'samples', id, f), 'utf8'),
        );
      expect(readFileSync(path.join(migrated, 'case.before-migrate.json'))).toEqual(
        generated.legacyCaseJson,
      );

      const [a, b] = [await loadCase(legacy), await loadCase(migrated)];
      const { narrative: _a, ...dataA } = a.data;
      const { narrative: _b, ...dataB } = b.data;
      expect(dataB).toEqual(dataA);
      const [pa, pb] = [(await loadPlan(a)).plan, (await loadPlan(b)).plan];
      expect([pa.kind, pb.kind]).toEqual(['case.json', 'plan.md']);
      const printed = (p: typeof pa) =>
        Object.values(p.sections).map((x) => ({ id: x.id, blocks: x.blocks }));
      expect(printed(pb)).toEqual(printed(pa));
      expect(printed(pa).length).toBeGreaterThan(5);

      if (id !== BUILT) return;
      const ra = await build(legacy, { date: DATE });
      const rb = await build(migrated, { date: DATE });
      expect(rb.pages).toBe(ra.pages);
      expect(readFileSync(rb.pdf).equals(readFileSync(ra.pdf)), 'same PDF bytes').toBe(true);
    },
  );
});
