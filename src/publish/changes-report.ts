/**
 * The changes model as blocks of the document model, for compose's `changes` input
 * ({title, blocks}): rendered right after the contents. Pure; every fixed text from the catalogue.
 */
import type { Block, Inline } from '../compose/model.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import { formatDate, formatNumber, formatPercent } from '../i18n/format.js';
import type { ChangesModel, NumberField } from './changes.js';
import type { CorrespondenceEvent } from './correspondence.js';

function value(field: NumberField, v: number | null): string {
  if (v === null) return '–';
  return field === 'returnRate' || field === 'coverage' ? formatPercent(v) : formatNumber(v);
}

function docLine(d: { file: string; label?: string }): Inline[] {
  return d.label ? [{ text: d.label, bold: true }, { text: ` ${d.file}` }] : [{ text: d.file }];
}

/**
 * `{title, blocks}` for compose. `history` (the whole correspondence log) adds a closing list of
 * every recorded answer, oldest first.
 */
export function changesReport(
  ch: ChangesModel,
  lang: Lang,
  history: readonly CorrespondenceEvent[] = [],
): { title: string; blocks: Block[] } {
  const m = (key: string, params = {}) => tr(lang, key, params);
  const blocks: Block[] = [];
  blocks.push({
    kind: 'paragraph',
    runs: [
      {
        text: m(
          ch.previous.submitted
            ? 'publish.changes.previousSubmitted'
            : 'publish.changes.previousBuilt',
          {
            revision: ch.previous.revision,
            date: formatDate(ch.previous.date, lang),
          },
        ),
        bold: true,
      },
    ],
  });
  if (ch.response) {
    blocks.push({
      kind: 'subheading',
      text: m(`publish.changes.${ch.response.kind}`, { date: formatDate(ch.response.date, lang) }),
    });
    if (!ch.response.points.length && ch.response.message)
      blocks.push({ kind: 'quote', label: 'Amazon', text: ch.response.message });
    for (const p of ch.response.points) {
      blocks.push({ kind: 'quote', label: m('publish.changes.point', { n: p.n }), text: p.text });
      blocks.push({
        kind: 'paragraph',
        runs: [
          { text: `${m('publish.changes.answer')}${lang === 'ja' ? '：' : ': '}`, bold: true },
          { text: p.answer ?? m('publish.changes.unanswered') },
        ],
      });
    }
  }
  if (ch.nothingChanged)
    blocks.push({
      kind: 'paragraph',
      runs: [
        {
          text: m(
            ch.response?.points.length
              ? 'publish.changes.nothingButAnswers'
              : 'publish.changes.nothing',
          ),
        },
      ],
    });
  if (ch.language)
    blocks.push({
      kind: 'paragraph',
      runs: [
        {
          text: m('publish.changes.language', {
            before: m(`publish.language.${ch.language.before}`),
            after: m(`publish.language.${ch.language.after}`),
          }),
        },
      ],
    });
  if (ch.sections.length) {
    blocks.push({ kind: 'subheading', text: m('publish.changes.sections') });
    blocks.push({
      kind: 'bullets',
      items: ch.sections.map((s) => [
        { text: m(`section.${s.id}`), bold: true },
        {
          text:
            lang === 'ja'
              ? `（${m(`publish.changes.section.${s.change}`)}）`
              : ` (${m(`publish.changes.section.${s.change}`)})`,
        },
      ]),
    });
  }
  for (const [key, list] of [
    ['publish.changes.documentsAdded', ch.documentsAdded],
    ['publish.changes.documentsRemoved', ch.documentsRemoved],
    ['publish.changes.documentsChanged', ch.documentsChanged],
  ] as const) {
    if (!list.length) continue;
    blocks.push({ kind: 'subheading', text: m(key) });
    blocks.push({ kind: 'bullets', items: list.map(docLine) });
  }
  if (ch.numbers.length) {
    blocks.push({ kind: 'subheading', text: m('publish.changes.numbers') });
    blocks.push({
      kind: 'table',
      table: {
        id: 'changes.numbers',
        columns: [
          { header: 'ASIN', align: 'left', width: 3, nowrap: true },
          { header: '', align: 'left', width: 4 },
          { header: m('publish.changes.before'), align: 'right', width: 2 },
          { header: m('publish.changes.after'), align: 'right', width: 2 },
        ],
        rows: ch.numbers.map((n) => ({
          cells: [
            n.asin,
            m(`publish.changes.field.${n.field}`),
            value(n.field, n.before),
            value(n.field, n.after),
          ],
        })),
      },
    });
  }
  for (const [key, list] of [
    ['publish.changes.findingsResolved', ch.findingsResolved],
    ['publish.changes.findingsNew', ch.findingsNew],
  ] as const) {
    if (!list.length) continue;
    blocks.push({ kind: 'subheading', text: m(key) });
    blocks.push({ kind: 'bullets', items: list.map((f) => [{ text: f.message[lang] }]) });
  }
  if (ch.actionsAdded.length) {
    blocks.push({ kind: 'subheading', text: m('publish.changes.actionsAdded') });
    blocks.push({
      kind: 'actions',
      items: ch.actionsAdded.map((a) => ({
        date: formatDate(a.date, lang),
        text: a.what,
        evidence: '',
      })),
    });
  }
  if (history.length) {
    blocks.push({ kind: 'subheading', text: m('publish.changes.correspondence') });
    blocks.push({
      kind: 'facts',
      rows: history.map((e) => ({
        label: formatDate(e.date, lang),
        value: `${e.revision} ${m(`publish.status.${e.type}`)}`,
      })),
    });
  }
  return { title: m('publish.changes.title'), blocks };
}
