/**
 * Messages of the plan check (see ../catalogue.ts). Keys are `plancheck.<rule>` and
 * `plancheck.<rule>.hint`. Section titles come in as {titleJa} / {titleEn}; the sentence that
 * tripped the rule as {quote}.
 */
import type { Entry } from '../catalogue.js';

export const plancheckMessages: Record<string, Entry> = {
  'plancheck.vague': {
    ja: '「{titleJa}」の「{quote}」は、誰が・いつ・どう確認するかのない約束です（「{phrase}」）。',
    en: 'In "{titleEn}", "{quote}" is a promise without who, when and how it is checked ("{phrase}").',
  },
  'plancheck.vague.hint': {
    ja: '担当者・頻度やきっかけ・記録の方法を書いてください。例:「毎週月曜に出荷担当者が検品記録を確認し、確認欄に署名します。」',
    en: 'Name the person, the frequency or trigger and the record. E.g. "Every Monday the shipping lead reviews the inspection log and signs it."',
  },
  'plancheck.actionFuture': {
    ja: '実施済みの対応「{quote}」の日付 {date} が作成日 {today} より後です。',
    en: 'The action taken "{quote}" is dated {date}, after the build date {today}.',
  },
  'plancheck.actionFuture.hint': {
    ja: '実際に実施した日付を書いてください。まだ実施していない対応は「実施済みの対応」に含めず、実施してから記載してください。',
    en: 'Write the day it was actually done. Do not list an action as taken before it is done; do it first, then list it.',
  },
  'plancheck.actionFutureText': {
    ja: '「{titleJa}」の「{quote}」の日付 {date} が作成日 {today} より後です。',
    en: 'In "{titleEn}", "{quote}" names {date}, after the build date {today}.',
  },
  'plancheck.actionFutureText.hint': {
    ja: '実施済みの対応だけを実際の日付で書いてください。予定は再発防止策の章に書きます。',
    en: 'List only actions already done, with the day they were done; plans belong in the prevention sections.',
  },
  'plancheck.actionNotDone': {
    ja: '実施済みの対応「{quote}」が予定の書き方です（〜します／〜する予定）。',
    en: 'The action taken "{quote}" is written as a plan, not as done.',
  },
  'plancheck.actionNotDone.hint': {
    ja: '実施したことを「〜しました」「〜を実施済み」と書いてください。未実施なら実施してから記載します。',
    en: 'Write what was done in the past tense ("Removed all units on …"). If it is not done yet, do it first.',
  },
  'plancheck.actionNotDoneText': {
    ja: '「{titleJa}」の「{quote}」は予定の書き方です。Amazon は「是正措置が実施されていない」として却下します。',
    en: 'In "{titleEn}", "{quote}" is written as a plan; Amazon rejects actions "not implemented".',
  },
  'plancheck.actionNotDoneText.hint': {
    ja: 'この章には実施済みの対応を「〜しました」と日付付きで書き、今後の対策は再発防止策の章に移してください。',
    en: 'Keep this section to actions already done, in the past tense with dates; move plans to the prevention sections.',
  },
  'plancheck.actionUndated': {
    ja: '「{titleJa}」の対応「{quote}」に日付がありません。',
    en: 'In "{titleEn}", the action "{quote}" has no date.',
  },
  'plancheck.actionUndated.hint': {
    ja: '実施日を書いてください。例:「2026年1月20日に該当ASINの在庫をすべて返送しました。」',
    en: 'Add the day it was done, e.g. "On 20 January 2026 we removed all units of the ASIN."',
  },
  'plancheck.actionNoEvidence': {
    ja: '実施済みの対応「{quote}」に証拠の資料も、資料がない理由もありません。',
    en: 'The action taken "{quote}" has no evidence attached and no reason why.',
  },
  'plancheck.actionNoEvidence.hint': {
    ja: 'actionsTaken[{index}].evidence に証拠のファイル（画面写真・記録など）を加えるか、noEvidenceReason に資料がない理由を書いてください。',
    en: 'Add the proof (screenshot, record …) to actionsTaken[{index}].evidence, or say in noEvidenceReason why there is none.',
  },
  'plancheck.preventionIncomplete': {
    ja: '再発防止策「{titleJa}」に {missingJa} が書かれていません（「{quote}」）。',
    en: 'The preventive measure "{titleEn}" does not say {missingEn} ("{quote}").',
  },
  'plancheck.preventionIncomplete.hint': {
    ja: '誰が（担当者・役割）、いつ（頻度・きっかけ）、どう確認・記録するかを書いてください。例:「仕入の都度、仕入担当者が請求書と納品数を照合し、照合表に記録します。」',
    en: 'Say who does it, when (a frequency or trigger) and how it is checked or recorded, e.g. "For every purchase the buyer checks the invoice against the units delivered and records it in the log."',
  },
  'plancheck.rootCauseNoCause': {
    ja: '「{titleJa}」に原因が書かれていません（「{quote}」）。',
    en: '"{titleEn}" does not name a cause ("{quote}").',
  },
  'plancheck.rootCauseNoCause.hint': {
    ja: 'お詫びではなく、何が原因だったかを「〜のため」「原因は〜」と具体的に書いてください。',
    en: 'Instead of apologising, say what caused it: "The cause was …", "because …".',
  },
  'plancheck.asinNotAddressed': {
    ja: '通知の ASIN {asin} が、原因にも実施済みの対応にも出てきません。',
    en: 'The ASIN {asin} of the notice is not mentioned in the root cause or the actions taken.',
  },
  'plancheck.asinNotAddressed.hint': {
    ja: '{asin} について、何が原因で何を実施したかを原因または対応の章に書いてください。',
    en: 'Say in the root cause or actions taken what caused the problem with {asin} and what you did about it.',
  },
  'plancheck.asinNoDocument': {
    ja: '通知の ASIN {asin} を裏付ける請求書・納品書がありません。',
    en: 'No invoice or delivery note covers the ASIN {asin} of the notice.',
  },
  'plancheck.asinNoDocument.hint': {
    ja: '{asin} の仕入を示す請求書を documents に加え（supplierId と invoiceNumber も）、請求書明細を records/ に置いてください。',
    en: 'Add the invoice for {asin} to documents (with supplierId and invoiceNumber) and its lines to records/.',
  },
  'plancheck.numberMismatch': {
    ja: '「{titleJa}」の「{quote}」の {written} が、照合表の{metricJa}（合計 {expected}）と合いません。',
    en: 'In "{titleEn}", {written} in "{quote}" disagrees with the reconciliation ({metricEn}, total {expected}).',
  },
  'plancheck.numberMismatch.hint': {
    ja: '本文の数字を照合表の値 {expected} に合わせるか、records/ のデータを確認してください。本文と資料の食い違いは却下の理由になります。',
    en: 'Write {expected} as the table says, or check the records; a narrative that contradicts the documents gets a plan rejected.',
  },
  'plancheck.numberMismatchAsin': {
    ja: '「{titleJa}」の「{quote}」の {written} が、照合表の {asin} の{metricJa}（{expected}）と合いません。',
    en: 'In "{titleEn}", {written} in "{quote}" disagrees with the reconciliation for {asin} ({metricEn}: {expected}).',
  },
  'plancheck.numberMismatchAsin.hint': {
    ja: '本文の数字を照合表の値 {expected} に合わせるか、records/ のデータを確認してください。',
    en: 'Write {expected} as the table says, or check the records.',
  },
  'plancheck.actionBeforeNotice': {
    ja: '実施済みの対応「{quote}」の日付 {date} が、通知の受領日 {notice} より前です。',
    en: 'The action taken "{quote}" is dated {date}, before the notice was received on {notice}.',
  },
  'plancheck.actionBeforeNotice.hint': {
    ja: '日付を確認してください。通知より前の出来事なら、対応ではなく経緯として原因の章に書きます。',
    en: 'Check the date. If it happened before the notice, describe it in the root cause as background, not as an action taken.',
  },
  'plancheck.actionTextBeforeNotice': {
    ja: '「{titleJa}」の「{quote}」の日付 {date} が、通知の受領日 {notice} より前です。',
    en: 'In "{titleEn}", "{quote}" is dated {date}, before the notice was received on {notice}.',
  },
  'plancheck.actionTextBeforeNotice.hint': {
    ja: '日付を確認してください。通知より前の出来事なら、対応ではなく経緯として原因の章に書きます。',
    en: 'Check the date. If it happened before the notice, describe it in the root cause as background, not as an action taken.',
  },
  'plancheck.invoiceAfterReceipt': {
    ja: '{asin} の請求書 {invoice}（{invoiceDate}）が、それでしか説明できない入荷（{receiptDate}、{receiptFile} {receiptRow} 行目）より後の日付です。',
    en: 'Invoice {invoice} ({invoiceDate}) for {asin} is dated after the receipt it covers ({receiptDate}, {receiptFile} row {receiptRow}).',
  },
  'plancheck.invoiceAfterReceipt.hint': {
    ja: '入荷より前の請求書が抜けていないか確認し、あれば追加してください。審査担当者は入荷後の日付の請求書を疑います。',
    en: 'Look for the earlier invoice that covers that receipt and add it; reviewers distrust invoices dated after the goods arrived.',
  },
  'plancheck.toneBlame': {
    ja: '「{titleJa}」の「{quote}」は、購入者・Amazon・競合に責任を向けています。',
    en: 'In "{titleEn}", "{quote}" blames the buyer, Amazon or a competitor.',
  },
  'plancheck.toneBlame.hint': {
    ja: '他者の責任ではなく、自社の手順で何が足りなかったかと、その対策を書いてください。',
    en: 'Say what was missing in your own process and how you fixed it, not who else was at fault.',
  },
  'plancheck.tonePleading': {
    ja: '「{titleJa}」の「{quote}」は感情に訴える表現です。',
    en: 'In "{titleEn}", "{quote}" is an emotional plea.',
  },
  'plancheck.tonePleading.hint': {
    ja: '事情や嘆願ではなく、事実・実施済みの対応・再発防止策を簡潔に書いてください。',
    en: 'Leave out pleas and personal hardship; state facts, actions taken and preventive steps.',
  },
  'plancheck.supplierClaim': {
    ja: '「{titleJa}」の「{quote}」は、メーカー・正規代理店だけから仕入れたと読めますが、期間内の請求書には {suppliersJa} からの仕入があります。',
    en: 'In "{titleEn}", "{quote}" says the goods came only from the manufacturer or authorised distributors, but invoices in the window come from {suppliersEn}.',
  },
  'plancheck.supplierClaim.hint': {
    ja: '文を実際の仕入先に合わせて書き直してください（例:「一部は卸売業者の東雲トレードから仕入れ、その流通経路を書面で確認しました」）。審査担当者は請求書と文を突き合わせます。',
    en: 'Rewrite the sentence to match the real suppliers (e.g. "some units came from the wholesaler X, whose supply chain we confirmed in writing"). Reviewers hold the invoices against the text.',
  },
  'plancheck.supplierRule': {
    ja: '「{titleJa}」の「{quote}」の仕入ルール（{since} 以降）に反し、その後も {suppliersJa} から仕入れています。',
    en: 'In "{titleEn}", the buying rule "{quote}" (from {since}) is contradicted by later purchases from {suppliersEn}.',
  },
  'plancheck.supplierRule.hint': {
    ja: 'ルールの日付を実際に守り始めた日にするか、ルールに反した仕入についての説明と対応を書いてください。',
    en: 'Date the rule from when it was really followed, or explain the later purchases and what was done about them.',
  },
  'plancheck.refBelow': {
    ja: '「{titleJa}」の「{quote}」は下の表・グラフを指していますが、この文は表・グラフの後にあります。',
    en: 'In "{titleEn}", "{quote}" points to a table or chart below, but the sentence comes after it.',
  },
  'plancheck.refBelow.hint': {
    ja: '「上表」と書くか、文を {{表}}（{{tables}} も可）の行より前に移してください（表・グラフは本文の後、またはその位置に入ります）。',
    en: 'Write "above", or move the sentence before the {{tables}} line (tables and charts follow the text, or stand at {{tables}}).',
  },
  'plancheck.refAbove': {
    ja: '「{titleJa}」の「{quote}」は上の表・グラフを指していますが、表・グラフはこの文の後に入ります。',
    en: 'In "{titleEn}", "{quote}" points to a table or chart above, but it comes after the sentence.',
  },
  'plancheck.refAbove.hint': {
    ja: '「下表」と書くか、表を先に置きたいときは文の前の行に {{表}}（{{tables}} も可）と書いてください。',
    en: 'Write "below", or put a {{tables}} line before the sentence to place the tables first.',
  },
  'plancheck.refNone': {
    ja: '「{titleJa}」の「{quote}」は表・グラフを指していますが、この章には表もグラフもありません。',
    en: 'In "{titleEn}", "{quote}" points to a table or chart, but this section has none.',
  },
  'plancheck.refNone.hint': {
    ja: '表のある章を名前で示すか（例:「仕入と納品」の表）、添付資料の記号（A-1 など）で示してください。',
    en: 'Name the section that holds the table (e.g. the table in "Purchasing and delivery") or the attachment label (A-1 …).',
  },
  'plancheck.refSeparateHere': {
    ja: '「{titleJa}」の「{quote}」は別表を指していますが、表・グラフはこの章の中にあります。',
    en: 'In "{titleEn}", "{quote}" points to a separate table, but the table or chart is in this section.',
  },
  'plancheck.refSeparateHere.hint': {
    ja: '「下表」「下のグラフ」と書いてください（表・グラフは本文の後、または {{表}}（{{tables}} も可）の位置に入ります）。',
    en: 'Write "the table below" (tables and charts follow the text, or stand at {{tables}}).',
  },
  'plancheck.refSeparate': {
    ja: '「{titleJa}」の「{quote}」は別表を指していますが、報告書にも添付資料にも表がありません。',
    en: 'In "{titleEn}", "{quote}" points to a separate table, but neither the report nor the attachments hold one.',
  },
  'plancheck.refSeparate.hint': {
    ja: '表を添付するか、文から別表への言及を外してください。',
    en: 'Attach the table, or drop the reference to it.',
  },
  'plancheck.stopSelling': {
    ja: '「{titleJa}」の「{quote}」は出品をやめる約束ですが、計画のどこにも原因となった手順の改善（原因と、誰が・いつ・どう確認するか）がありません。',
    en: 'In "{titleEn}", "{quote}" promises to stop selling, but nowhere does the plan change the process behind the root cause (the cause, and who checks what, when).',
  },
  'plancheck.stopSelling.hint': {
    ja: '出品停止ではなく、仕入・検品の手順をどう変えたか（誰が・いつ・どう確認するか）を書いてください。取り扱わない商品は「取扱いを行わないブランド」の章に書きます。',
    en: 'Instead, describe how the purchasing and inspection process changed (who, when, how checked). Products you drop belong in "Brands we will not sell".',
  },
  'plancheck.lengthShort': {
    ja: '「{titleJa}」が1文だけです（「{quote}」）。',
    en: '"{titleEn}" is a single sentence ("{quote}").',
  },
  'plancheck.lengthShort.hint': {
    ja: '1文では誰が・何を・いつ・どう確認するかを書ききれません。Amazon は「より詳細に」と求めて却下します。',
    en: 'One sentence cannot say who, what, when and how it is checked; Amazon rejects plans for lacking detail.',
  },
  'plancheck.lengthLongJa': {
    ja: '「{titleJa}」が {size} 字あり、目安の {max} 字を超えています。',
    en: '"{titleEn}" has {size} characters, more than the {max} a reviewer reads.',
  },
  'plancheck.lengthLongJa.hint': {
    ja: '要点を箇条書きにし、詳細は添付資料に回してください。',
    en: 'Keep the key points as bullets and move the detail to attachments.',
  },
  'plancheck.lengthLongEn': {
    ja: '「{titleJa}」が {size} 語あり、目安の {max} 語を超えています。',
    en: '"{titleEn}" has {size} words, more than the {max} a reviewer reads.',
  },
  'plancheck.lengthLongEn.hint': {
    ja: '要点を箇条書きにし、詳細は添付資料に回してください。',
    en: 'Keep the key points as bullets and move the detail to attachments.',
  },
};
