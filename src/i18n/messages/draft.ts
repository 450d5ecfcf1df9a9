/**
 * Messages of `draft`: the sentences it writes from the data, and per section a guidance comment
 * (what a reviewer looks for, one concrete and one vague example), in our own words.
 */
import type { Entry } from '../catalogue.js';

const guide = (
  id: string,
  ja: [string, string, string],
  en: [string, string, string],
): Record<string, Entry> => ({
  [`draft.guide.${id}`]: {
    ja: `審査担当者が見る点: ${ja[0]}\n具体的な書き方の例: ${ja[1]}\nあいまいで通らない例: ${ja[2]}`,
    en: `What a reviewer looks for: ${en[0]}\nConcrete: ${en[1]}\nToo vague: ${en[2]}`,
  },
});

export const draftMessages: Record<string, Entry> = {
  'draft.done': {
    ja: '{file} に下書きを書きました。【要記入】の箇所をご自身の言葉で埋めてから check と build を実行してください。',
    en: 'Wrote a draft to {file}. Fill in every 【TO FILL】 in your own words, then run check and build.',
  },
  'draft.kept': {
    ja: '{existing} はすでにあるため変更していません。下書きは {file} に書きました。必要な部分を {existing} に写してください。',
    en: '{existing} already exists and was left as it is; the draft is in {file}. Copy what you need into {existing}.',
  },
  'draft.header': {
    ja: 'evidence-pack draft が {date} にケースのデータから書いた下書きです。このような囲み（HTML コメント）の中は説明で、報告書には印刷されません。【要記入】はご自身にしか書けない箇所です。残っていると check と build が止まります。数字は照合の結果です。文を変えても数字は変えないでください。',
    en: 'A draft written by evidence-pack draft on {date} from the case data. Text inside a comment box like this one is guidance and is never printed. 【TO FILL】 marks what only you can write; check and build stop while one is left. The numbers come from the reconciliation: reword the sentences freely, but keep the numbers.',
  },
  'draft.scaffold': {
    ja: '改善計画の本文です。章ごとに「## 見出し」の下に書きます。このような囲み（HTML コメント）の中は説明で、報告書には印刷されません。記録（records/）を置いてから evidence-pack draft を実行すると、データから数字を入れた下書きでこのファイルを置き換えます（本文を書き始めた後は置き換えず、plan.draft.md に書きます）。',
    en: 'The text of your plan: write each section under its "## heading". Text inside a comment box like this one is guidance and is never printed. Once your records are in records/, evidence-pack draft replaces this file with a draft holding the numbers from your data (after you have started writing, it writes plan.draft.md instead).',
  },
  'draft.replaced': {
    ja: '{file} にはまだ本文がなかったため、下書きで置き換えました。【要記入】の箇所をご自身の言葉で埋めてから check と build を実行してください。',
    en: '{file} held no text yet, so it was replaced by the draft. Fill in every 【TO FILL】 in your own words, then run check and build.',
  },
  'draft.fill': { ja: '【要記入】', en: '【TO FILL】' },
  'draft.issue': {
    ja: '{date}、Amazon から「{type}」の通知{reference}を受領しました。対象の ASIN は {asins} です。',
    en: 'On {date} we received a notice from Amazon ({type}{reference}). The ASINs concerned are {asins}.',
  },
  'draft.issue.reference': { ja: '（参照番号 {id}）', en: ', reference {id}' },
  'draft.issue.fill': {
    ja: '通知で求められたこと: {fill}',
    en: 'What the notice asked of us: {fill}',
  },
  'draft.product': {
    ja: '{asin}（{title}、{brand}）は{suppliers}から仕入れています。',
    en: '{asin} ({title}, {brand}) is bought from {suppliers}.',
  },
  'draft.supplier': { ja: '{name}（{kind}）', en: '{name} ({kind})' },
  'draft.kind.manufacturer': { ja: 'メーカー', en: 'the manufacturer' },
  'draft.kind.authorized-distributor': { ja: '正規代理店', en: 'an authorized distributor' },
  'draft.kind.wholesaler': { ja: '卸売業者', en: 'a wholesaler' },
  'draft.kind.retailer': { ja: '小売店', en: 'a retailer' },
  'draft.kind.marketplace': { ja: 'マーケットプレイス', en: 'a marketplace' },
  'draft.sourcing.window': {
    ja: '通知受領日の前365日（{from}〜{to}）の仕入・納品・販売の数量は次のとおりです。',
    en: 'Units bought, received and sold in the 365 days before the notice ({from} to {to}):',
  },
  'draft.sourcing.asin': {
    ja: '**{asin}**：仕入 {invoiced}個、FBA受領 {received}個、販売 {sold}個（請求書の数量は販売数量の {coverage}）',
    en: '**{asin}**: invoiced {invoiced}, received by FBA {received}, sold {sold} (invoiced units cover {coverage} of the units sold)',
  },
  'draft.sourcing.noRecords': {
    ja: '照合する記録（records/）がまだありません。注文・在庫・請求書の記録を置いてから draft を実行し直すと、数量の文が入ります。',
    en: 'There are no records (records/) to reconcile yet. Add the order, inventory and invoice reports and run draft again to get the numbers.',
  },
  'draft.returns.count': {
    ja: '同じ期間の対象 ASIN の返品は合計 {returned}個で、購入者のコメントが真正性に触れているものは {mentions}件です。',
    en: 'In the same period the ASINs concerned had {returned} returned units; {mentions, plural, one {# buyer comment mentions} other {# buyer comments mention}} authenticity.',
  },
  'draft.returns.comment': {
    ja: '{date}返品、{asin}、返品理由 {reason}：「{comment}」',
    en: 'Returned {date}, {asin}, reason {reason}: "{comment}"',
  },
  'draft.ratio.asin': {
    ja: '**{asin}**：販売 {sold}個、返品 {returned}個（返品率 {rate}）',
    en: '**{asin}**: sold {sold}, returned {returned} (return rate {rate})',
  },
  'draft.action': { ja: '{date}、{what}', en: '{date}: {what}' },
  'draft.actions.fill': {
    ja: '{fill}（日付と、実際に行ったこと。証拠の書類は case.json の actionsTaken に）',
    en: '{fill} (the date and what was done; its evidence goes in actionsTaken of case.json)',
  },
  'draft.prevention': {
    ja: '{fill}（担当者）が {fill}（頻度: 毎回・毎週など）に {fill}（何を確認するか）を確認し、{fill}（記録する場所）に記録します。',
    en: '{fill} (who) checks {fill} (what) {fill} (how often: every delivery, weekly …) and records it in {fill} (where).',
  },
  'draft.perf.notice': {
    ja: '{date}、Amazon から「{type}」の通知{reference}を受領しました。',
    en: 'On {date} we received a notice from Amazon ({type}{reference}).',
  },
  'draft.perf.before': {
    ja: '改善前（{fix}より前）の注文 {orders} 件のうち {late} 件が出荷予定日を過ぎ、出荷遅延率は {rate} でした。',
    en: 'Before the fix ({fix}), {late} of {orders} orders shipped late: a late shipment rate of {rate}.',
  },
  'draft.perf.after': {
    ja: '{fix}以降の注文 {orders} 件のうち出荷予定日を過ぎた注文は {late} 件です。',
    en: 'Since {fix}, {late} of {orders} orders shipped late.',
  },
  'draft.perf.latest': {
    ja: '直近30日間の出荷遅延率は {rate} です（目標 {target} 未満）。',
    en: 'The late shipment rate over the last 30 days is {rate} (target: under {target}).',
  },
  'draft.perf.latestOver': {
    ja: '直近30日間の出荷遅延率は {rate} で、目標の {target} をまだ上回っています。',
    en: 'The late shipment rate over the last 30 days is {rate}, still above the {target} target.',
  },
  ...guide(
    'issue',
    [
      '通知の日付・種類・対象 ASIN を正しく写し、何を求められたかを自分の言葉で書いているか。',
      '「2026年10月20日、真贋調査の通知を受け、B0… の請求書と改善計画の提出を求められました。」',
      '「この度はご迷惑をおかけしました。」（何の通知か分からない）',
    ],
    [
      'the notice copied exactly (date, type, ASINs) and what it asked, in your words.',
      '"On 20 Oct 2026 we received an inauthentic-item notice for B0… asking for invoices and a plan."',
      '"We are sorry for the trouble." (which notice?)',
    ],
  ),
  ...guide(
    'products',
    [
      '各 ASIN を誰から仕入れたか（メーカー・正規代理店か）が一目で分かるか。',
      '「B0…（ブランド甲）はメーカーの株式会社乙から直接仕入れています。」',
      '「信頼できるところから仕入れています。」',
    ],
    [
      'for each ASIN, who it was bought from (manufacturer or authorized distributor).',
      '"B0… (Brand A) is bought directly from the manufacturer, X Inc."',
      '"We buy from trusted sources."',
    ],
  ),
  ...guide(
    'sourcing',
    [
      '請求書の数量が販売数量以上か、受領と請求書の日付が合っているか。数字は添付の表と同じか。',
      '「B0…：仕入 690個（請求書5通）、FBA受領 690個、販売 505個。」',
      '「十分な数量を仕入れています。」',
    ],
    [
      'invoiced units at least the units sold, receipts after invoice dates, the same numbers as the attached tables.',
      '"B0…: 690 invoiced (5 invoices), 690 received, 505 sold."',
      '"We bought enough stock."',
    ],
  ),
  ...guide(
    'returnComments',
    [
      '真正性に触れた返品コメントを隠さず挙げ、それぞれの原因を説明しているか。',
      '「6月2日の返品（B0…）は『刻印が細い』とのコメントで、型の変更が原因でした。」',
      '「お客様の勘違いです。」',
    ],
    [
      'every return comment about authenticity listed, each with its cause.',
      '"The 2 June return (B0…) said the engraving looked thin; the mould had changed."',
      '"The customer was mistaken."',
    ],
  ),
  ...guide(
    'returnInspection',
    [
      '返品の現物を誰がいつ何を確認し、何が分かったか。',
      '「10月30日、在庫担当の森本が返品6個の刻印・ロット・付属品を確認し、全数正規品でした。」',
      '「返品を確認しました。」',
    ],
    [
      'who inspected the returned units, when, what was checked and what was found.',
      '"On 30 Oct our stock lead checked the engraving, lot and accessories of all 6 returns; all genuine."',
      '"We checked the returns."',
    ],
  ),
  ...guide(
    'returnRatio',
    [
      '販売数に対する返品の割合を数字で示しているか。',
      '「B0…：販売 505個、返品 12個（2.4%）。」',
      '「返品はごくわずかです。」',
    ],
    [
      'returns as a share of units sold, in numbers.',
      '"B0…: 505 sold, 12 returned (2.4%)."',
      '"Very few items were returned."',
    ],
  ),
  ...guide(
    'rootCause',
    [
      'なぜ起きたかを自社の手順の欠けとして具体的に書いているか（他人のせいにしていないか）。',
      '「仕様変更の通知を商品ページに反映する担当と手順がなく、旧仕様の説明のまま販売していました。」',
      '「確認が不十分でした。」',
    ],
    [
      'why it happened, as a specific gap in your own process (not blaming others).',
      '"Nobody was responsible for updating listings when the maker changed a specification, so we sold with the old description."',
      '"Our checks were insufficient."',
    ],
  ),
  ...guide(
    'actionsTaken',
    [
      'すでに実行したことを日付つきで、証拠の書類とともに書いているか（予定ではなく完了）。',
      '「10月21日、対象3ASINの在庫をすべて返送しました（返送依頼の控え A-7）。」',
      '「今後改善します。」',
    ],
    [
      'what has already been done, dated, with evidence (done, not planned).',
      '"On 21 Oct we had all stock of the 3 ASINs returned (removal order, A-7)."',
      '"We will improve."',
    ],
  ),
  ...guide(
    'authenticityRules',
    [
      '誰が・いつ・何を確認して真贋を判断するか、記録が残るか。',
      '「入荷の都度、在庫担当が刻印とロットを見本と照合し、検品表に記録します。」',
      '「真贋をしっかり確認します。」',
    ],
    [
      'who checks authenticity, when, against what, and where it is recorded.',
      '"At every delivery our stock lead compares engraving and lot with a reference unit and logs it."',
      '"We will check authenticity carefully."',
    ],
  ),
  ...guide(
    'qualityRules',
    [
      '品質の確認項目・担当・頻度が決まっているか。',
      '「出荷前に梱包担当が外箱の傷と付属品の数を確認し、チェック表に記入します。」',
      '「品質管理を徹底します。」',
    ],
    [
      'the quality checks, who does them and how often.',
      '"Before shipping, the packer checks the box for damage and counts the accessories on a checklist."',
      '"We will ensure quality."',
    ],
  ),
  ...guide(
    'purchasingRules',
    [
      '仕入れてよい相手と、仕入のたびに残す書類が決まっているか。',
      '「メーカーか正規代理店からのみ仕入れ、毎回請求書と納品書を保管します。」',
      '「仕入先に気をつけます。」',
    ],
    [
      'whom you may buy from and which documents each purchase keeps.',
      '"We buy only from manufacturers or authorized distributors and keep each invoice and delivery note."',
      '"We will be careful with suppliers."',
    ],
  ),
  ...guide(
    'supplierReview',
    [
      '今の仕入先を見直した結果（続ける・やめる）と根拠。',
      '「卸売業者の株式会社Yとの取引を10月25日に終了しました。」',
      '「仕入先を見直します。」',
    ],
    [
      'the outcome of reviewing current suppliers (kept or dropped) and why.',
      '"We ended purchases from the wholesaler Y Ltd. on 25 Oct."',
      '"We will review suppliers."',
    ],
  ),
  ...guide(
    'supplierSelection',
    [
      '新しい仕入先を選ぶ条件と確認する書類。',
      '「代理店契約書か正規販売証明書を受け取り、代表が承認してから取引を始めます。」',
      '「良い仕入先を選びます。」',
    ],
    [
      'the conditions for a new supplier and the documents checked.',
      '"We start only after receiving the distribution agreement and the owner\'s approval."',
      '"We will choose good suppliers."',
    ],
  ),
  ...guide(
    'listings',
    [
      '商品ページの説明が実物と合っているか、誰がいつ確認するか。',
      '「仕様変更の連絡を受けた日に、仕入担当が商品ページの写真と型番を更新します。」',
      '「出品情報を正しくします。」',
    ],
    [
      'listings that match the product, and who checks them when.',
      '"On the day a specification change is announced, the buyer updates photos and model numbers."',
      '"We will fix our listings."',
    ],
  ),
  ...guide(
    'futureProducts',
    [
      '今後扱う商品の範囲が具体的か。',
      '「メーカーと直接取引のある2ブランドの商品に限ります。」',
      '「安全な商品を扱います。」',
    ],
    [
      'a specific scope of the products you will sell.',
      '"Only products of the two brands we buy from the maker directly."',
      '"We will sell safe products."',
    ],
  ),
  ...guide(
    'excludedBrands',
    [
      '扱わないブランドを名前で挙げているか。',
      '「正規の仕入経路を持たないブランド（例: 丙社）は扱いません。」',
      '「問題のあるブランドは扱いません。」',
    ],
    [
      'the brands you will not sell, by name.',
      '"We do not sell brands we cannot buy from an authorized source (e.g. Z)."',
      '"We avoid problem brands."',
    ],
  ),
  ...guide(
    'restrictedProducts',
    [
      '制限対象の商品を確認する方法と扱わない範囲。',
      '「出品前に制限対象商品のページで該当しないことを確認し、記録します。」',
      '「規約を守ります。」',
    ],
    [
      'how restricted products are screened out and which you will not sell.',
      '"Before listing we check the restricted products page and record the result."',
      '"We follow the rules."',
    ],
  ),
  ...guide(
    'brandScreening',
    [
      '扱わないブランドの商品を出品しないための確認手順（誰・いつ・何で）。',
      '「新規出品の前に、仕入担当がブランド名を除外リストと照合し、代表が承認します。」',
      '「注意して確認します。」',
    ],
    [
      'the screening step that keeps excluded brands out (who, when, against what).',
      '"Before each new listing the buyer checks the brand against our exclusion list; the owner approves."',
      '"We will check carefully."',
    ],
  ),
  ...guide(
    'packingPolicy',
    [
      '梱包・発送の規約を読み、何を変えたか。',
      '「FBA の梱包要件を全員で読み合わせ、緩衝材の基準を変更しました（11月2日）。」',
      '「規約を確認しました。」',
    ],
    [
      'that the packing and shipping policies were read, and what changed.',
      '"All staff read the FBA packaging rules on 2 Nov; we changed the padding standard."',
      '"We checked the policies."',
    ],
  ),
  ...guide(
    'shippingChecks',
    [
      '発送前の確認の担当・頻度・記録。',
      '「納品のたびに出荷担当が商品ラベルと数量を照合し、写真を残します。」',
      '「発送時に気をつけます。」',
    ],
    [
      'who checks shipments before they leave, how often, and the record kept.',
      '"For every inbound shipment the shipper matches labels and counts and keeps a photo."',
      '"We will be careful when shipping."',
    ],
  ),
  ...guide(
    'removedInventory',
    [
      '返送・廃棄した在庫の数量と日付、その後の扱い。',
      '「10月26日に返送された 812 個を検品し、旧仕様の 24 個を廃棄しました。」',
      '「在庫を処分しました。」',
    ],
    [
      'quantities and dates of removed or destroyed stock, and what happened to it.',
      '"The 812 units returned on 26 Oct were inspected; 24 of the old version were destroyed."',
      '"We disposed of the stock."',
    ],
  ),
  ...guide(
    'policyTraining',
    [
      '規約の研修を誰が誰に、いつ、どのくらいの頻度で行うか。',
      '「毎月第1月曜に代表が全員に規約の変更点を説明し、出席を記録します。」',
      '「社員教育を行います。」',
    ],
    [
      'who trains whom on the policies, when and how often.',
      '"On the first Monday of each month the owner briefs all staff on policy changes; attendance is logged."',
      '"We will train our staff."',
    ],
  ),
  ...guide(
    'apology',
    [
      '短く、言い訳や懇願をせず、再発防止を約束する締めくくりか。',
      '「上記の手順を10月から実施しています。販売の再開をご検討いただけますと幸いです。」',
      '「どうかお願いします。二度としません。」',
    ],
    [
      'a short close without excuses or pleading, pointing to the measures in place.',
      '"The measures above have been in place since October. We would appreciate your review."',
      '"Please, please reinstate us. It will never happen again."',
    ],
  ),
  ...guide(
    'perfNotice',
    [
      'どの指標が目標を外れたかと、その数字。',
      '「9月8日、出荷遅延率が 6.2%（目標 4% 未満）との通知を受けました。」',
      '「成績が悪いと言われました。」',
    ],
    [
      'which metric missed its target, with the figure.',
      '"On 8 Sep we were told our late shipment rate was 6.2% (target under 4%)."',
      '"We were told our performance was poor."',
    ],
  ),
  ...guide(
    'metricHistory',
    [
      '改善前と改善後の数字が表と同じか。',
      '「改善前は注文 480 件中 31 件が遅延、改善後は 0 件です。」',
      '「最近は良くなっています。」',
    ],
    [
      'the figures before and after the fix, the same as the table.',
      '"Before the fix 31 of 480 orders were late; since then none."',
      '"Things are better lately."',
    ],
  ),
  ...guide(
    'processRootCause',
    [
      '遅れた理由を自社の手順の欠けとして具体的に。',
      '「出荷担当が一人で、休みの日の注文を誰も出荷していませんでした。」',
      '「忙しかったためです。」',
    ],
    [
      'why orders were late, as a specific gap in your process.',
      '"One person shipped all orders; on their days off nobody did."',
      '"We were busy."',
    ],
  ),
  ...guide(
    'immediateFix',
    [
      'すぐに行った対処と日付。',
      '「9月9日、未出荷の注文 3 件をすべて出荷し、購入者に連絡しました。」',
      '「すぐに対応しました。」',
    ],
    [
      'what was fixed at once, with dates.',
      '"On 9 Sep we shipped the 3 open orders and wrote to the buyers."',
      '"We acted immediately."',
    ],
  ),
  ...guide(
    'perfActionsTaken',
    [
      '完了した対策を日付つきで。',
      '「9月12日、出荷代行を契約し、休日も出荷できるようにしました。」',
      '「対策を進めています。」',
    ],
    [
      'the measures completed, with dates.',
      '"On 12 Sep we contracted a fulfilment partner who ships on our days off."',
      '"We are working on it."',
    ],
  ),
  ...guide(
    'prevention',
    [
      '再発させない仕組み（担当・頻度・確認方法・代わりの担当者）。',
      '「毎朝10時に出荷担当が未出荷一覧を確認し、休みの日は副担当の田中が行います。」',
      '「今後は遅れないようにします。」',
    ],
    [
      'the routine that prevents it (who, how often, how it is checked, who stands in).',
      '"At 10:00 every day the shipper checks the open-orders list; on their days off, Tanaka does."',
      '"We will not be late again."',
    ],
  ),
  ...guide(
    'request',
    [
      '短く、何をお願いするか。',
      '「上記の対策を実施済みです。アカウントの状態をご確認いただけますと幸いです。」',
      '「お願いします。」',
    ],
    [
      'a short, clear request.',
      '"The measures above are in place. We would appreciate a review of our account."',
      '"Please help."',
    ],
  ),
};
