/** `evidence-pack diff <dir> [revA] [revB]`: changed section text and per-ASIN numbers. */
import type { Command } from 'commander';
import { examples, helpText } from './help.js';
import { t, type Lang } from '../i18n/catalogue.js';
import { checkLangOption, cliLang, printJson, reportFailure } from '../output.js';
import type { RevisionDiff } from '../publish/history.js';

function fmt(v: number | null): string {
  return v === null ? '-' : String(Math.round(v * 10000) / 10000);
}

export function formatDiff(d: RevisionDiff, lang: Lang): string {
  const c = d.changes;
  const out: string[] = [t('publish.diff.title', { from: d.from, to: d.to })[lang]];
  if (d.nothingChanged) out.push(t('publish.diff.none')[lang]);
  if (c.language)
    out.push(
      t('publish.changes.language', {
        before: t(`publish.language.${c.language.before}`)[lang],
        after: t(`publish.language.${c.language.after}`)[lang],
      })[lang],
    );
  if (d.sections.length) {
    out.push('', `## ${t('publish.changes.sections')[lang]}`);
    for (const s of d.sections) {
      out.push('', `### ${t(`section.${s.id}`)[lang]} (${s.id})`);
      for (const l of s.lines) out.push(`${l.op} ${l.text}`);
    }
  }
  const docs: [string, typeof c.documentsAdded][] = [
    ['publish.changes.documentsAdded', c.documentsAdded],
    ['publish.changes.documentsRemoved', c.documentsRemoved],
    ['publish.changes.documentsChanged', c.documentsChanged],
  ];
  for (const [key, list] of docs) {
    if (!list.length) continue;
    out.push('', `## ${t(key)[lang]}`);
    for (const doc of list)
      out.push(`- ${doc.label ? `${doc.label} ` : ''}${doc.file} (${doc.kind})`);
  }
  if (c.numbers.length) {
    out.push('', `## ${t('publish.changes.numbers')[lang]}`);
    for (const n of c.numbers)
      out.push(
        `- ${n.asin} ${t(`publish.changes.field.${n.field}`)[lang]}: ${fmt(n.before)} → ${fmt(n.after)}`,
      );
  }
  for (const [key, list] of [
    ['publish.changes.findingsResolved', c.findingsResolved],
    ['publish.changes.findingsNew', c.findingsNew],
  ] as const) {
    if (!list.length) continue;
    out.push('', `## ${t(key)[lang]}`);
    for (const f of list) out.push(`- ${f.code}${f.asin ? ` ${f.asin}` : ''}: ${f.message[lang]}`);
  }
  for (const [key, list] of [
    ['publish.diff.recordsAdded', d.records.added],
    ['publish.diff.recordsRemoved', d.records.removed],
    ['publish.diff.recordsChanged', d.records.changed],
  ] as const) {
    if (!list.length) continue;
    out.push('', `## ${t(key)[lang]}`);
    for (const f of list) out.push(`- ${f}`);
  }
  if (d.answers.length) {
    out.push('', `## ${t('publish.diff.answers')[lang]}`);
    for (const a of d.answers) {
      out.push(`### ${t('publish.changes.point', { n: a.point })[lang]}`);
      if (a.before !== null) out.push(`- ${a.before}`);
      if (a.after !== null) out.push(`+ ${a.after}`);
    }
  }
  if (c.actionsAdded.length) {
    out.push('', `## ${t('publish.changes.actionsAdded')[lang]}`);
    for (const a of c.actionsAdded) out.push(`- ${a.date} ${a.what}`);
  }
  return `${out.join('\n')}\n`;
}

export function registerDiff(program: Command, helpLang: Lang): void {
  const h = helpText(helpLang);
  program
    .command('diff')
    .description(h('diff'))
    .argument('<dir>', h('arg.dir'))
    .argument('[revA]', h('diff.revA'))
    .argument('[revB]', h('diff.revB'))
    .option('--lang <lang>', h('lang.output'))
    .option('--json', h('diff.json'))
    .addHelpText(
      'after',
      examples(
        helpLang,
        ['evidence-pack diff my-case', 'evidence-pack diff my-case rev-001 rev-003 --json'],
        'examples',
      ),
    )
    .action(
      async (
        dir: string,
        a: string | undefined,
        b: string | undefined,
        opts: { lang?: string; json?: boolean },
      ) => {
        const lang = cliLang(opts.lang, { dir });
        try {
          checkLangOption(opts.lang);
          const { diffRevisions } = await import('../publish/history.js');
          const d = await diffRevisions(dir, a, b);
          if (opts.json) printJson(d);
          else process.stdout.write(formatDiff(d, lang));
        } catch (e) {
          process.exitCode = reportFailure(e, lang, {
            json: opts.json,
            debug: program.opts().debug,
          });
        }
      },
    );
}
