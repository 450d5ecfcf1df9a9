/** Messages of performance cases (late shipments, wrong items) (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const performanceMessages: Record<string, Entry> = {
  'perf.unshipped': {
    ja: '注文 {order}（出荷予定日 {date}）がまだ出荷されていません。問題が解決済みと書く前に、すべての未出荷注文を出荷し、出荷通知を送ってください。',
    en: 'Order {order} (expected ship date {date}) is still unshipped. Ship every pending order and confirm the shipment before you write that the problem is fixed.',
  },
  'perf.unshippedNotDue': {
    ja: '注文 {order}（出荷予定日 {date}）はまだ出荷されていません（出荷予定日前）。すべての注文を出荷済みと書く場合は、出荷してから提出してください。',
    en: 'Order {order} (expected ship date {date}) is not shipped yet (its date has not passed). Ship it before you submit a plan that says every order has shipped.',
  },
  'perf.noShipDates': {
    ja: '{file} の {orders} 件の注文に出荷日がありません。出荷済みと未出荷を区別できないため、出荷日（出荷通知の日）の列があるレポートか出荷管理表を使ってください。',
    en: '{file} has no ship date for any of its {orders} orders, so shipped and unshipped orders cannot be told apart. Use a report or your own sheet with the ship date (the day the shipment was confirmed).',
  },
  'perf.lateAfterFix': {
    ja: '改善日 {fixDate} 以降の出荷遅延率が {rate}（{orders} 件中 {late} 件）で、Amazon の目標 4% 未満を満たしていません。改善後の数字が目標を下回ってから提出してください。',
    en: "The late shipment rate since the fix on {fixDate} is {rate} ({late} of {orders} orders), not under Amazon's 4% target. Submit once the numbers since the fix are under the target.",
  },
  'perf.noOrdersAfterFix': {
    ja: '改善日 {fixDate} 以降の注文が出荷記録にありません。改善の効果を示すため、改善後の出荷記録を records/ に追加してください。',
    en: 'The shipping log has no orders since the fix on {fixDate}. Add the shipping records since the fix to records/ to show that it works.',
  },
  'perf.noShippingLog': {
    ja: '出荷記録（注文レポートまたは出荷管理表）が records/ にありません。注文番号・出荷予定日・出荷日を含むファイルを追加してください。',
    en: 'No shipping log (order report or your own shipping sheet) was found in records/. Add a file with order id, expected ship date and ship date.',
  },
  'perf.cli.badDate': {
    ja: '--date の値 "{value}" は日付ではありません。YYYY-MM-DD の形で書いてください（例: 2026-10-01）。',
    en: '--date "{value}" is not a date. Write it as YYYY-MM-DD (e.g. 2026-10-01).',
  },
  'perf.text.title': {
    ja: '通知 {receivedOn}（{type}）　改善日 {fixDate}　集計日 {asOf}',
    en: 'Notice {receivedOn} ({type})  fix date {fixDate}  numbers as of {asOf}',
  },
  'perf.text.span': {
    ja: '出荷記録の期間（出荷予定日）: {from} 〜 {to}',
    en: 'Shipping log (expected ship dates): {from} to {to}',
  },
  'perf.text.rolling': {
    ja: '直近 {days} 日間（{date} まで）の出荷遅延率: {rate}（{orders} 件中 {late} 件）',
    en: 'Late shipment rate over the {days} days to {date}: {rate} ({late} of {orders} orders)',
  },
  'perf.text.target': {
    ja: 'Amazon の目標: 出荷遅延率 {target} 未満',
    en: "Amazon's target: a late shipment rate under {target}",
  },
  'perf.text.unshipped': {
    ja: '未出荷の注文: {count} 件',
    en: 'Orders still unshipped: {count}',
  },
  'perf.col.orders': { ja: '注文数', en: 'Orders' },
  'perf.col.late': { ja: '遅延', en: 'Late' },
  'perf.col.lateRate': { ja: '出荷遅延率', en: 'Late rate' },
  'perf.col.wrongItems': { ja: '誤発送', en: 'Wrong items' },
  'perf.col.wrongItemRate': { ja: '誤発送率', en: 'Wrong-item rate' },
  'perf.col.week': { ja: '週（月曜）', en: 'Week (Monday)' },
  'perf.row.before': { ja: '改善前（{fixDate} より前）', en: 'Before the fix ({fixDate})' },
  'perf.row.after': { ja: '改善後（{fixDate} 以降）', en: 'Since the fix ({fixDate})' },
  'perf.row.total': { ja: '全期間', en: 'All' },
  'plancheck.perfClaimsShipped': {
    ja: '「{quote}」と書かれていますが、出荷記録にはまだ出荷されていない注文が {count} 件あります（{orders}{more}）。',
    en: 'The text says "{quote}", but the shipping log still has {count, plural, one {# unshipped order} other {# unshipped orders}} ({orders}{more}).',
  },
  'plancheck.perfClaimsShipped.hint': {
    ja: '残りの注文を出荷して出荷通知を送り、最新の出荷記録を records/ に入れてから提出してください。事実と異なる記述は却下の理由になります。',
    en: 'Ship the remaining orders, confirm the shipments and put the latest shipping log in records/ before you submit. A claim the records contradict gets a plan rejected.',
  },
  'plancheck.perfNumberMismatch': {
    ja: '「{quote}」の{whatJa}（{written}）が出荷記録の照合結果（{expected}）と一致しません。',
    en: 'In "{quote}", {whatEn} ({written}) does not match the reconciliation of the shipping log ({expected}).',
  },
  'plancheck.perfNumberMismatch.hint': {
    ja: '`evidence-pack reconcile` の数字を本文に使ってください。数字が食い違う書類は却下の理由になります。',
    en: 'Use the numbers `evidence-pack reconcile` prints. Documents that contradict each other get a plan rejected.',
  },
  'plancheck.perfNoDeputy': {
    ja: '店主の不在時（旅行・出張・病気）に出荷を代わる人が、連絡先とともに書かれていません。',
    en: 'No one who ships while the owner is away (travel, illness) is named with contact details.',
  },
  'plancheck.perfNoDeputy.hint': {
    ja: 'case.json の performance.deputy に代理の担当者の名前・役割・電話番号またはメールアドレスを書くか、再発防止策に「不在時は◯◯（090-…）が出荷します」のように書いてください（連絡先は公開されません）。',
    en: 'Add the stand-in to case.json performance.deputy (name, role, phone or e-mail), or write in the prevention "while I am away, NAME (phone …) ships the orders". Amazon does not publish it.',
  },
  'plancheck.perfDeputyNoContact': {
    ja: '代理の担当者 {name} の連絡先（電話番号またはメールアドレス）が書かれていません。',
    en: 'The deputy {name} is named without contact details (phone or e-mail).',
  },
  'plancheck.perfDeputyNoContact.hint': {
    ja: 'case.json の performance.deputy に phone または email を追加してください。',
    en: 'Add phone or email to case.json performance.deputy.',
  },
  'plancheck.perfHandlingTimeUnset': {
    ja: 'セラーセントラルの出荷作業日数が case.json に書かれていません。',
    en: 'The handling time set in Seller Central is not stated in case.json.',
  },
  'plancheck.perfHandlingTimeUnset.hint': {
    ja: '見直した後の出荷作業日数を performance.handlingTimeDays に日数で書いてください（例: 2）。',
    en: 'Write the handling time after your review in performance.handlingTimeDays, in days (e.g. 2).',
  },
  'plancheck.perfHandlingTimeNotReviewed': {
    ja: '出荷作業日数（現在 {days} 日）を実際の出荷作業と比べて見直したことが、原因・対応・再発防止策のどこにも書かれていません。',
    en: 'Nowhere in the root cause, the fix or the prevention does the plan say the handling time (now {days} days) was reviewed against the real shipping process.',
  },
  'plancheck.perfHandlingTimeNotReviewed.hint': {
    ja: '実際の出荷作業にかかる日数と出荷作業日数の設定を比べ、変更した（または妥当と確認した）日付と日数を書いてください。',
    en: 'Compare the days your real process takes with the handling time setting and say when you changed it (or confirmed it), and to how many days.',
  },
  'plancheck.perfHandlingTimeMismatch': {
    ja: '本文の出荷作業日数（{written} 日、「{quote}」）が case.json の performance.handlingTimeDays（{days} 日）と一致しません。',
    en: 'The handling time in the text ({written} days, "{quote}") does not match case.json performance.handlingTimeDays ({days} days).',
  },
  'plancheck.perfHandlingTimeMismatch.hint': {
    ja: 'セラーセントラルに設定した日数に、本文と case.json の両方をそろえてください。',
    en: 'Make the text and case.json both say the number of days set in Seller Central.',
  },
  'perf.report.metric.lateShipmentRate': { ja: '出荷遅延率', en: 'late shipment rate' },
  'perf.report.metric.wrongItems': { ja: '誤発送（商品違い）', en: 'wrong items sent' },
  'perf.report.metric.both': {
    ja: '出荷遅延率と誤発送（商品違い）',
    en: 'late shipment rate and wrong items sent',
  },
  'perf.report.notice.lead': {
    ja: '{date}、Amazon から「{type}」の通知を受け取りました。対象の指標は{metric}です。',
    en: 'On {date} we received a notice from Amazon ("{type}"). The metric concerned is the {metric}.',
  },
  'perf.report.fact.metric': { ja: '対象の指標', en: 'Metric concerned' },
  'perf.report.fact.target': { ja: 'Amazon の目標', en: "Amazon's target" },
  'perf.report.targetValue': { ja: '出荷遅延率 4% 未満', en: 'late shipment rate under 4%' },
  'perf.report.fact.beforeRate': {
    ja: '改善前の出荷遅延率',
    en: 'Late rate before the fix',
  },
  'perf.report.rateOf': {
    ja: '{rate}（{orders} 件中 {late} 件）',
    en: '{rate} ({late} of {orders} orders)',
  },
  'perf.report.history.lead': {
    ja: '出荷記録の {orders} 件の注文（出荷予定日 {from}〜{to}）について、出荷予定日を過ぎて出荷した注文の割合を週ごとと直近 30 日間で計算しました。期間全体では {orders} 件中 {late} 件、{rate} です。',
    en: 'For the {orders} orders of the shipping log (ship-by dates {from} to {to}) we computed the share shipped after their ship-by date, per week and over rolling 30 days. Over the whole period: {late} of {orders} orders, {rate}.',
  },
  'perf.report.chart.title': {
    ja: '出荷遅延率の推移（{from}〜{to}）',
    en: 'Late shipment rate over time ({from} to {to})',
  },
  'perf.report.series.weekly': { ja: '週ごとの出荷遅延率', en: 'Late shipment rate per week' },
  'perf.report.series.rolling30': {
    ja: '直近 30 日間の出荷遅延率',
    en: 'Late shipment rate, rolling 30 days',
  },
  'perf.report.series.wrongWeekly': { ja: '週ごとの誤発送率', en: 'Wrong-item rate per week' },
  'perf.report.chart.target': { ja: '目標 4%', en: 'Target 4%' },
  'perf.report.chart.fix': { ja: '改善日 {date}', en: 'Fix {date}' },
  'perf.report.chart.note': {
    ja: '注文は出荷予定日の週・日に数えています。出荷予定日を過ぎて出荷した注文と、集計日に出荷予定日を過ぎてまだ出荷していない注文を遅延としています。キャンセルされた注文は数えていません。',
    en: 'Orders count on their ship-by date. An order is late when it shipped after that date, or is still unshipped after it on the day of the count. Cancelled orders are not counted.',
  },
  'perf.report.weekly.caption': {
    ja: '週ごとの注文数と出荷遅延率（週は月曜から）',
    en: 'Orders and late shipment rate per week (weeks start on Monday)',
  },
  'perf.report.weekly.note': {
    ja: '薄い行は改善日（{fixDate}）より前の週です。',
    en: 'Grey rows are the weeks before the fix ({fixDate}).',
  },
  'perf.report.fix.allShipped': {
    ja: '{asOf}時点で、未出荷の注文は {count} 件です。出荷予定日を過ぎた注文はすべて出荷し、出荷通知を送信済みです。',
    en: 'As of {asOf}, {count} orders are unshipped: every order past its ship-by date has shipped and its shipment was confirmed.',
  },
  'perf.report.fix.unshipped': {
    ja: '{asOf}時点で、まだ出荷していない注文が {count} 件あります（下の表）。',
    en: 'As of {asOf}, {count} orders are still unshipped (table below).',
  },
  'perf.report.fact.asOf': { ja: '集計日', en: 'Numbers as of' },
  'perf.report.fact.unshipped': { ja: '未出荷の注文', en: 'Unshipped orders' },
  'perf.report.fact.fixDate': { ja: '改善日', en: 'Fix took effect on' },
  'perf.report.fact.rolling': {
    ja: '直近 {days} 日間',
    en: 'Rolling {days} days',
  },
  'perf.report.beforeAfter.caption': {
    ja: '改善前と改善後の出荷遅延率',
    en: 'Late shipment rate before and after the fix',
  },
  'perf.report.beforeAfter.note': {
    ja: '出荷予定日で区切っています。集計日: {asOf}。',
    en: 'Split by ship-by date. Numbers as of {asOf}.',
  },
  'perf.report.col.period': { ja: '期間', en: 'Period' },
  'perf.report.period.before': {
    ja: '改善前（{fixDate}より前）',
    en: 'Before the fix ({fixDate})',
  },
  'perf.report.period.after': { ja: '改善後（{fixDate}以降）', en: 'Since the fix ({fixDate})' },
  'perf.report.unshipped.caption': { ja: '未出荷の注文', en: 'Orders still unshipped' },
  'perf.report.col.order': { ja: '注文番号', en: 'Order ID' },
  'perf.report.col.remedy': { ja: '購入者への対応', en: 'What was done for the buyer' },
  'perf.report.wrongItems.caption': {
    ja: '誤発送の注文と購入者への対応',
    en: 'Wrong-item orders and what was done for each buyer',
  },
  'perf.report.noRemedy': { ja: '（記録なし）', en: '(not recorded)' },
  'perf.report.col.expected': { ja: '出荷予定日', en: 'Ship-by date' },
  'perf.report.col.source': { ja: '記録（ファイルと行）', en: 'Record (file and row)' },
  'perf.report.fact.deputy': {
    ja: '不在時の出荷代行者',
    en: "Stand-in who ships in the owner's absence",
  },
  'perf.report.fact.deputyContact': { ja: '代行者の連絡先', en: "Stand-in's contact" },
  'perf.report.fact.handlingTime': {
    ja: '出荷作業日数',
    en: 'Handling time',
  },
  'perf.report.rateTo': {
    ja: '{rate}（{orders} 件中 {late} 件、{date}まで）',
    en: '{rate} ({late} of {orders} orders, to {date})',
  },
  'perf.report.days': { ja: '{days} 日', en: '{days} days' },
};
