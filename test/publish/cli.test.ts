/**
 * The commands on a real case folder (a copy of samples/ja-authenticity): revisions made by the
 * publish stage (planPublish/finishPublish, as build.ts calls them), then the built CLI:
 * reject (Japanese message on stdin), check's warnings, submitted, history, diff, verify.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendToSection } from '../helpers/plan-file.js';
import { loadPlan } from '../../src/plan/load.js';
import { loadCase } from '../../src/case/load.js';
import { finishPublish, planPublish } from '../../src/publish/build-step.js';
import { openPublishSession } from '../../src/publish/session.js';
import { CLI, ROOT, requireBuilt, tempCase } from './helpers.js';

const SAMPLE = path.join(ROOT, 'samples/ja-authenticity');

/** The sample's case files, without any submissions a demo run left in it. */
function copySample(dir: string) {
  return cp(SAMPLE, dir, {
    recursive: true,
    filter: (src) => !path.relative(SAMPLE, src).startsWith('submissions'),
  });
}

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function publishOnce(dir: string, force = false, date = '2026-10-01') {
  const session = await openPublishSession(dir);
  try {
    const loaded = await loadCase(dir);
    const written = await loadPlan(loaded);
    const plan = await planPublish(session, {
      loaded,
      plan: written.plan,
      recordFiles: [],
      lang: 'ja',
      draft: true,
      force,
      buildDate: date,
    });
    const rev = await finishPublish(plan, {
      pdf: Buffer.from(`%PDF-1.7 ${plan.revision}`),
      pages: 1,
    });
    return { plan, rev };
  } finally {
    await session.close();
  }
}

const MESSAGE = [
  '出品者様',
  '',
  'ご提出いただいた改善計画書を確認しましたが、以下の理由により承認できませんでした。',
  '',
  '1. 提出された請求書の数量が、過去365日間の販売数量を下回っています。',
  '2. 根本原因の説明が具体的ではありません。',
  '',
  'Amazon.co.jp',
].join('\n');

describe.skipIf(!existsSync(path.join(SAMPLE, 'case.json')))(
  'the revision commands on the sample',
  () => {
    beforeAll(requireBuilt);

    it('records a rejection, warns per unanswered point, refuses identical input, diffs and verifies', async () => {
      const dir = await tempCase('ep-cli-');
      await copySample(dir);
      const first = await publishOnce(dir);
      expect(first.rev.revision).toBe('rev-001');
      expect(first.plan.changes).toBeUndefined();

      // a rejection of a revision never marked submitted needs --force
      const early = run(
        ['reject', dir, '--message', '-', '--date', '2026-10-09', '--json'],
        MESSAGE,
      );
      expect(early.code).toBe(1);
      expect(JSON.parse(early.stdout).problems[0].code).toBe('REJECT_NOT_SUBMITTED');
      expect(JSON.parse(early.stdout).problems[0].hint).toContain('--force');
      expect(run(['submitted', dir, '--date', '2026-10-02']).code).toBe(0);
      // a rejection dated before the build it rejects is refused
      const before = run(
        ['reject', dir, '--message', '-', '--date', '2026-09-30', '--json'],
        MESSAGE,
      );
      expect(before.code).toBe(1);
      expect(JSON.parse(before.stdout).problems[0]).toMatchObject({
        code: 'REJECT_BEFORE_BUILD',
        found: '2026-09-30',
      });

      // reject with a Japanese message on stdin
      const rej = run(
        ['reject', dir, '--message', '-', '--date', '2026-10-09', '--lang', 'ja'],
        MESSAGE,
      );
      expect(rej.code, rej.stderr).toBe(0);
      expect(rej.stdout).toContain('rev-001 に「却下」（2026-10-09）を記録しました。');
      expect(rej.stdout).toContain(
        '1. 提出された請求書の数量が、過去365日間の販売数量を下回っています。',
      );

      // check: one warning per unanswered point, quoting it
      const chk = run(['check', dir, '--json', '--lang', 'ja']);
      const warnings = (
        JSON.parse(chk.stdout) as { problems: { code: string; message: string }[] }
      ).problems.filter((p) => p.code === 'REJECTION_UNANSWERED');
      expect(warnings.map((w) => w.message)).toEqual([
        '2026-10-09 の却下の指摘 1 に回答がありません: 「提出された請求書の数量が、過去365日間の販売数量を下回っています。」',
        '2026-10-09 の却下の指摘 2 に回答がありません: 「根本原因の説明が具体的ではありません。」',
      ]);

      // the same inputs again: nothing changed since the newest revision, nothing to write
      await expect(publishOnce(dir)).rejects.toThrow(/nothing changed since rev-001/);

      // answer point 1 and change a section: rev-002 with the changes model
      const caseFile = path.join(dir, 'case.json');
      const c = JSON.parse(await readFile(caseFile, 'utf8'));
      c.rejectionAnswers = [
        { point: '1', answer: '追加の請求書（A-4）を添付し、数量の差を説明しました。' },
      ];
      appendToSection(dir, 'rootCause', '仕入先の確認手順が文書化されていなかったことも原因です。');
      await writeFile(caseFile, JSON.stringify(c, null, 2));
      const chk2 = run(['check', dir, '--json']);
      const left = (JSON.parse(chk2.stdout) as { problems: { code: string }[] }).problems.filter(
        (p) => p.code === 'REJECTION_UNANSWERED',
      );
      expect(left).toHaveLength(1);
      const second = await publishOnce(dir, false, '2026-10-12');
      expect(second.rev.revision).toBe('rev-002');
      const ch = second.plan.changes!;
      expect(ch.response?.points.map((p) => [p.n, p.answer ?? null])).toEqual([
        [1, '追加の請求書（A-4）を添付し、数量の差を説明しました。'],
        [2, null],
      ]);
      expect(ch.sections.map((s) => s.id)).toEqual(['rootCause']);
      const blocks = JSON.stringify(second.plan.composeChanges);
      expect(second.plan.composeChanges?.title).toBe('前回提出からの変更点');
      expect(blocks).toContain('提出された請求書の数量が、過去365日間の販売数量を下回っています。');
      expect(blocks).toContain('（未回答）');

      // submitted, history
      expect(run(['submitted', dir, '--date', '2026-10-13']).code).toBe(0);
      const hist = JSON.parse(run(['history', dir, '--json']).stdout) as {
        revisions: { revision: string; status: string; statusDate: string | null }[];
      };
      expect(hist.revisions.map((r) => [r.revision, r.status, r.statusDate])).toEqual([
        ['rev-001', 'rejected', '2026-10-09'],
        ['rev-002', 'submitted', '2026-10-13'],
      ]);
      const histText = run(['history', dir, '--lang', 'ja']).stdout;
      expect(histText).toContain('rev-001\t2026-10-01\t1\t0\t却下 2026-10-09');

      // diff: the changed section text
      const diff = run(['diff', dir, '--lang', 'ja']);
      expect(diff.code).toBe(0);
      expect(diff.stdout).toContain('rev-001 → rev-002 の変更点');
      expect(diff.stdout).toContain('+ 仕入先の確認手順が文書化されていなかったことも原因です。');
      const diffJson = JSON.parse(run(['diff', dir, '1', '2', '--json']).stdout) as {
        from: string;
        to: string;
      };
      expect([diffJson.from, diffJson.to]).toEqual(['rev-001', 'rev-002']);

      // verify: fine, then one byte changed in the old revision is named
      expect(run(['verify', dir]).code).toBe(0);
      const pdf = path.join(dir, 'submissions/rev-001/submission.pdf');
      await chmod(pdf, 0o644);
      const b = await readFile(pdf);
      b[0] = 0x25 ^ 0x01;
      await writeFile(pdf, b);
      const ver = run(['verify', dir]);
      expect(ver.code).toBe(1);
      expect(ver.stderr).toContain('submissions/rev-001/submission.pdf');
      expect(ver.stderr).toContain('VERIFY_MISMATCH');
      expect(run(['verify', dir, 'rev-002']).code).toBe(0);
      const vj = JSON.parse(run(['verify', dir, '--json']).stdout) as {
        ok: boolean;
        problems: { where: { file: string } }[];
      };
      expect(vj.ok).toBe(false);
      expect(vj.problems.map((p) => p.where.file)).toEqual(['submissions/rev-001/submission.pdf']);
    });

    it('gives clear usage errors (exit 1)', async () => {
      const dir = await tempCase('ep-cli-');
      await copySample(dir);
      const none = run(['reject', dir, '--message', '-'], 'x');
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('REVISION_NONE');
      await publishOnce(dir);
      expect(run(['reject', dir]).stderr).toContain('--message');
      const badRev = run(['reject', dir, '--rev', 'rev-009', '--message', '-'], 'x');
      expect(badRev.code).toBe(1);
      expect(badRev.stderr).toContain('rev-001');
      const badDate = run(['submitted', dir, '--date', '2026-02-30']);
      expect(badDate.code).toBe(1);
      expect(run(['reject', dir, '--message', '-'], '  \n').stderr).toContain('MESSAGE_EMPTY');
      expect(run(['diff', dir]).stderr).toContain('DIFF_NEEDS_TWO');
      for (const cmd of ['reject', 'verify'])
        expect(run([cmd, '--help']).stdout).toContain('Example');
    });
  },
);
