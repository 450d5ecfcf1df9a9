/**
 * `draft`: plan.md pre-filled from the case data as sentences a seller can keep: the notice, the
 * products and their suppliers, the reconciliation's numbers per ASIN, the return comments about
 * authenticity, the actions already dated in case.json, and 【要記入】/【TO FILL】 where only the
 * seller can write. Each section opens with a guidance comment. Pure: data in, text out.
 */
import type { Case } from '../case/schema.js';
import { PLAN_ROLES, sectionsFor, type SectionId } from '../case/sections.js';
import { tr, type Lang, type Params } from '../i18n/catalogue.js';
import { formatDate, formatList, formatNumber, formatPercent } from '../i18n/format.js';
import type { Reconciliation } from '../reconcile/types.js';
import { escapeInline, planFile, type PlanFileSection } from './write.js';

export function draftPlan(c: Case, rec: Reconciliation | undefined, today: string): string {
  const lang: Lang = c.language;
  const m = (key: string, params: Params = {}) => tr(lang, key, params);
  const fill = m('draft.fill');
  const esc = (s: string) => escapeInline(s);
  const date = (iso: string) => formatDate(iso, lang);
  const n = (x: number) => formatNumber(x);
  const reference = c.notice.referenceId
    ? m('draft.issue.reference', { id: esc(c.notice.referenceId) })
    : '';
  const body: Partial<Record<SectionId, string[]>> = {};
  const add = (id: SectionId, ...paragraphs: string[]) =>
    (body[id] ??= []).push(...paragraphs.filter((p) => p !== ''));
  const list = (items: string[]) => items.map((i) => `- ${i}`).join('\n');
  const supplierNames = new Map(c.suppliers.map((s) => [s.id, s]));
  const dated = [...c.actionsTaken]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((a) => m('draft.action', { date: date(a.date), what: esc(a.what.trim()) }));
  const roles = PLAN_ROLES[c.kind] as Record<string, readonly SectionId[]>;

  if (c.kind === 'authenticity') {
    add(
      'issue',
      m('draft.issue', {
        date: date(c.notice.receivedOn),
        type: esc(c.notice.type),
        reference,
        asins: formatList(c.notice.citedAsins, lang),
      }),
      m('draft.issue.fill', { fill }),
    );
    add(
      'products',
      list(
        c.products.map((p) =>
          m('draft.product', {
            asin: p.asin,
            title: esc(p.title),
            brand: esc(p.brand ?? ''),
            suppliers: formatList(
              p.supplierIds.map((id) => {
                const s = supplierNames.get(id);
                return s
                  ? m('draft.supplier', { name: esc(s.name), kind: m(`draft.kind.${s.kind}`) })
                  : esc(id);
              }),
              lang,
            ),
          }),
        ),
      ),
    );
    if (rec) {
      const cited = rec.products.filter((p) => p.cited);
      add(
        'sourcing',
        m('draft.sourcing.window', { from: date(rec.window.from), to: date(rec.window.to) }),
        list(
          cited.map((p) =>
            m('draft.sourcing.asin', {
              asin: p.asin,
              invoiced: n(p.invoiced),
              received: p.received === null ? m('report.unknown') : n(p.received),
              sold: n(p.sold),
              coverage: formatPercent(p.coverage, 0),
            }),
          ),
        ),
      );
      const citedSet = new Set(c.notice.citedAsins);
      const mentions = rec.detail.returns.filter(
        (r) => r.counterfeit && r.asin && citedSet.has(r.asin) && r.comment,
      );
      add(
        'returnComments',
        m('draft.returns.count', {
          returned: n(cited.reduce((s, p) => s + p.returned, 0)),
          mentions: mentions.length,
        }),
        list(
          mentions.map((r) =>
            m('draft.returns.comment', {
              date: date(r.returnDate),
              asin: r.asin,
              reason: esc(r.reason),
              comment: esc((r.comment ?? '').replace(/\s+/g, ' ').trim()),
            }),
          ),
        ),
      );
      add(
        'returnRatio',
        list(
          cited.map((p) =>
            m('draft.ratio.asin', {
              asin: p.asin,
              sold: n(p.sold),
              returned: n(p.returned),
              rate: formatPercent(p.returnRate),
            }),
          ),
        ),
      );
    } else add('sourcing', m('draft.sourcing.noRecords'));
  } else {
    add(
      'perfNotice',
      m('draft.perf.notice', {
        date: date(c.notice.receivedOn),
        type: esc(c.notice.type),
        reference,
      }),
      m('draft.issue.fill', { fill }),
    );
    const perf = rec?.performance;
    if (perf) {
      const fix = date(perf.fixDate);
      const latest = perf.latest.days30;
      add(
        'metricHistory',
        m('draft.perf.before', {
          fix,
          orders: n(perf.before.orders),
          late: n(perf.before.late),
          rate: formatPercent(perf.before.lateRate),
        }),
        m('draft.perf.after', { fix, orders: n(perf.after.orders), late: n(perf.after.late) }),
        latest
          ? m(
              latest.lateRate !== null && latest.lateRate < perf.target
                ? 'draft.perf.latest'
                : 'draft.perf.latestOver',
              {
                rate: formatPercent(latest.lateRate),
                target: formatPercent(perf.target, 0),
              },
            )
          : '',
      );
    } else add('metricHistory', m('draft.sourcing.noRecords'));
  }
  for (const id of roles.actionsTaken!.slice(0, 1))
    add(id, dated.length ? list(dated) : '', `- ${m('draft.actions.fill', { fill })}`);
  for (const id of roles.prevention!) add(id, m('draft.prevention', { fill }));
  for (const id of roles.rootCause!) add(id, fill);

  const sections: Partial<Record<SectionId, PlanFileSection>> = {};
  for (const id of sectionsFor(c.kind))
    sections[id] = {
      id,
      body: (body[id] ?? [fill]).join('\n\n'),
      guidance: m(`draft.guide.${id}`),
    };
  return planFile(c.kind, lang, sections, m('draft.header', { date: date(today) }));
}

/**
 * The plan.md `init` writes: every heading with its guidance and no text yet. `draft` may
 * replace it while it still holds no text (see isScaffold).
 */
export function scaffoldPlan(kind: Case['kind'], lang: Lang): string {
  const sections: Partial<Record<SectionId, PlanFileSection>> = {};
  for (const id of sectionsFor(kind))
    sections[id] = { id, body: '', guidance: tr(lang, `draft.guide.${id}`) };
  return planFile(kind, lang, sections, tr(lang, 'draft.scaffold'));
}

/** Where `draft` writes: plan.md when the case has no plan text yet, else plan.draft.md. */
export interface DraftResult {
  /** Absolute path written. */
  file: string;
  /** The plan file that already existed and was left alone (plan.md, plan.docx, case.json). */
  kept?: string;
  /** plan.md held no text yet (as init writes it) and was replaced by the draft. */
  replaced?: boolean;
}
