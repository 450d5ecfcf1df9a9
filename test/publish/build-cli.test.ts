/**
 * The real `evidence-pack build` (built CLI) on a copy of samples/ja-authenticity: the round
 * trip build → reject (Japanese) → answer → build rev-002 with the changes section; a second
 * build while the case is locked; a full disk (tmpfs) (kills: test/hostile/faults.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendToSection } from '../helpers/plan-file.js';
import { publishRevision } from '../../src/publish/revision.js';
import { tr } from '../../src/i18n/catalogue.js';
import { verifyCase } from '../../src/publish/verify.js';
import {
  CLI,
  ROOT,
  collect,
  hashTree,
  requireBuilt,
  startPublisher,
  tempCase,
  waitFor,
} from './helpers.js';

const SAMPLE = path.join(ROOT, 'samples/ja-authenticity');
const hasSample = existsSync(path.join(SAMPLE, 'case.json'));

function run(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function copySample(into?: string): Promise<string> {
  const dir = into ?? (await tempCase('ep-build-'));
  await cp(SAMPLE, dir, {
    recursive: true,
    filter: (src) => !path.relative(SAMPLE, src).startsWith('submissions'),
  });
  return dir;
}

const squash = (s: string) => s.replace(/\s+/g, '');

const MESSAGE = [
  'Amazon.co.jp をご利用いただきありがとうございます。',
  '',
  'ご提出いただいた改善計画書を確認しましたが、以下の理由により承認できませんでした。',
  '',
  '1. 請求書の数量と販売数量の関係が説明されていません。',
  '2. 仕入先が正規の流通経路であることを示す書類が不足しています。',
  '',
  '内容を修正のうえ、再度ご提出ください。',
].join('\n');

describe.skipIf(!hasSample)('build → reject → answer → build (round trip on the sample)', () => {
  beforeAll(requireBuilt);

  it('rev-002 opens with the changes since rev-001, quoting Amazon and the answers', async () => {
    const dir = await copySample();
    const b1 = run(['build', dir, '--date', '2026-11-10', '--json']);
    expect(b1.code, b1.stderr).toBe(0);
    expect(JSON.parse(b1.stdout).revision).toBe('rev-001');
    expect(run(['submitted', dir, '--date', '2026-11-11']).code).toBe(0);
    const rej = run(['reject', dir, '--message', '-', '--date', '2026-11-14'], { input: MESSAGE });
    expect(rej.code, rej.stderr).toBe(0);

    // unchanged inputs: nothing written, said so, exit 0 (--force builds anyway)
    const same = run(['build', dir, '--date', '2026-11-15']);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toContain('rev-001 から何も変わっていないため、何も書き出しませんでした');
    expect(same.stdout).toContain('--force');
    expect(existsSync(path.join(dir, 'submissions', 'rev-002'))).toBe(false);

    const caseFile = path.join(dir, 'case.json');
    const c = JSON.parse(await readFile(caseFile, 'utf8'));
    c.rejectionAnswers = [
      { point: '1', answer: '請求書の数量と販売数量の照合表を第3章に追加しました。' },
      {
        point: '仕入先が正規の流通経路であることを示す書類が不足しています。',
        answer: 'メーカーの正規販売代理店証明書を添付しました。',
      },
    ];
    appendToSection(
      dir,
      'rootCause',
      '前回の提出では、請求書の数量と販売数量の関係を説明していませんでした。',
    );
    // one more document: a letter from the manufacturer
    await cp(path.join(dir, c.documents[0].file), path.join(dir, 'documents/メーカー説明書簡.pdf'));
    c.documents.push({
      file: 'documents/メーカー説明書簡.pdf',
      kind: 'letter',
      description: '説明書簡',
    });
    await writeFile(caseFile, JSON.stringify(c, null, 2));
    const b2 = run(['build', dir, '--date', '2026-11-16', '--json']);
    expect(b2.code, b2.stderr).toBe(0);
    const r2 = JSON.parse(b2.stdout) as { revision: string; pdf: string };
    expect(r2.revision).toBe('rev-002');

    const text = execFileSync('pdftotext', ['-layout', r2.pdf, '-'], { encoding: 'utf8' });
    const flat = squash(text);
    // listed in the contents before section 1, and placed right after the contents
    const firstTitle = squash(tr('ja', 'section.issue'));
    expect(flat.indexOf('前回提出からの変更点')).toBeLessThan(flat.indexOf(firstTitle));
    const head = flat.lastIndexOf('前回提出からの変更点');
    const next = flat.indexOf(firstTitle, head);
    expect(next).toBeGreaterThan(head);
    const section = flat.slice(head, next);
    for (const s of [
      '2026年11月11日',
      '請求書の数量と販売数量の関係が説明されていません。',
      '仕入先が正規の流通経路であることを示す書類が不足しています。',
      '請求書の数量と販売数量の照合表を第3章に追加しました。',
      'メーカーの正規販売代理店証明書を添付しました。',
      '内容を変更したセクション',
      '問題の根本的な原因（変更）',
      '追加した書類',
      'documents/メーカー説明書簡.pdf',
    ])
      expect(section, s).toContain(squash(s));

    const manifest = JSON.parse(
      await readFile(path.join(dir, 'submissions/rev-002/manifest.json'), 'utf8'),
    );
    const m1 = await readFile(path.join(dir, 'submissions/rev-001/manifest.json'));
    const { createHash } = await import('node:crypto');
    expect(manifest.previous).toEqual({
      revision: 'rev-001',
      manifestSha256: createHash('sha256').update(m1).digest('hex'),
    });
    expect(manifest.pages).toBeGreaterThan(10);
    expect(
      manifest.inputs.some((i: { role: string; encoding: string }) => i.role === 'record'),
    ).toBe(true);
    expect(run(['verify', dir]).code).toBe(0);
    const hist = run(['history', dir, '--lang', 'ja']).stdout;
    expect(hist).toContain('却下 2026-11-14');
    expect(hist).toContain('rev-002\t2026-11-16');
    // no buyer data in what the revision keeps for the next one
    const inputs = await readFile(path.join(dir, 'submissions/rev-002/inputs.json'), 'utf8');
    expect(inputs).not.toMatch(/buyer-email|ship-address|ship-postal-code/i);
  });
});

describe.skipIf(!hasSample)('the real build and the case lock', () => {
  beforeAll(requireBuilt);

  it('a second build fails after a short wait, naming the holder (exit 1)', async () => {
    const dir = await copySample();
    const holder = startPublisher(dir, 'hold');
    const done = collect(holder);
    await waitFor(holder, 'locked');
    const r = run(['build', dir, '--date', '2026-11-10'], {
      env: { EVIDENCE_PACK_LOCK_WAIT_MS: '300' },
    });
    holder.kill('SIGKILL');
    await done;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LOCKED');
    expect(r.stderr).toContain(`プロセス ID ${holder.pid}`);
    expect(r.stderr).toContain('「test hold」');
  });
});

// A small tmpfs for the full disk (root / CAP_SYS_ADMIN only; skipped with the reason otherwise).
let mountDir: string | undefined;
let mountError = '';
if (hasSample) {
  const d = mkdtempSync(path.join(os.tmpdir(), 'ep-tmpfs-build-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', d], { stdio: 'pipe' });
    mountDir = d;
  } catch (e) {
    mountError = String((e as Error).message).split('\n')[0]!;
    rmSync(d, { recursive: true, force: true });
  }
}

describe.skipIf(!hasSample)('the real build on a full disk', () => {
  afterAll(() => {
    if (mountDir) {
      execFileSync('umount', [mountDir]);
      rmSync(mountDir, { recursive: true, force: true });
    }
  });

  it.skipIf(!mountDir)(
    `fails with exit 2 and a clear message, earlier revisions intact${mountDir ? '' : ` [skipped: cannot mount a tmpfs: ${mountError}]`}`,
    async () => {
      const dir = path.join(mountDir!, 'case');
      await mkdir(dir);
      await copySample(dir);
      await publishRevision(
        dir,
        [{ name: 'submission.pdf', bytes: Buffer.from('%PDF-1.7 earlier') }],
        {
          options: {},
          language: 'ja',
          buildDate: '2026-10-01',
          case: { path: 'case.json', size: 0, sha256: '0'.repeat(64) },
          inputs: [],
          pages: 1,
          documents: [],
          findings: {},
          inputsKey: 'earlier',
        },
      );
      const before = await hashTree(path.join(dir, 'submissions'));
      // Leave about 64 KiB free: less than the report needs.
      const df = execFileSync('df', ['-B1', '--output=avail', mountDir!], { encoding: 'utf8' });
      const avail = Number(df.trim().split('\n').pop());
      await writeFile(path.join(mountDir!, 'filler'), Buffer.alloc(Math.max(0, avail - 64 * 1024)));
      const r = run(['build', dir, '--date', '2026-11-10']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('DISK_FULL');
      expect(r.stderr).toContain('以前の提出物は変更されていません');
      expect((await readdir(path.join(dir, 'submissions'))).sort()).toEqual(['rev-001']);
      expect(await hashTree(path.join(dir, 'submissions'))).toEqual(before);
      expect((await verifyCase(dir)).problems).toEqual([]);
    },
  );
});
