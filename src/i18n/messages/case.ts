/** Messages of case.json loading and validation, and the section titles (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const caseMessages: Record<string, Entry> = {
  // Section titles: the Japanese ones are those of the reinstated seller's report (seed 002).
  'section.issue': { ja: 'この度の問題', en: 'The issue' },
  'section.products': { ja: '対象の商品', en: 'Products concerned' },
  'section.sourcing': { ja: '仕入と納品', en: 'Purchasing and delivery' },
  'section.returnComments': {
    ja: '信ぴょう性に関連する返品コメント',
    en: 'Return comments about authenticity',
  },
  'section.returnInspection': { ja: '返品商品の現物の確認', en: 'Inspection of returned units' },
  'section.returnRatio': { ja: '販売個数と返品の割合', en: 'Units sold and return rate' },
  'section.rootCause': { ja: '問題の根本的な原因', en: 'Root cause' },
  'section.actionsTaken': {
    ja: '問題を解決するために実行したアクション',
    en: 'Actions already taken',
  },
  'section.authenticityRules': { ja: '真贋チェックルール制定', en: 'Authenticity-check rules' },
  'section.qualityRules': { ja: '品質チェックルール制定', en: 'Quality-check rules' },
  'section.purchasingRules': { ja: '商品仕入ルール制定', en: 'Purchasing rules' },
  'section.supplierReview': { ja: '既存仕入先の刷新', en: 'Review of current suppliers' },
  'section.supplierSelection': {
    ja: '新規仕入先の選定ルール',
    en: 'Rules for choosing new suppliers',
  },
  'section.listings': { ja: '出品情報', en: 'Listing information' },
  'section.futureProducts': { ja: '今後の取扱い商品', en: 'Products we will sell' },
  'section.excludedBrands': { ja: '取扱いを行わないブランド', en: 'Brands we will not sell' },
  'section.restrictedProducts': {
    ja: '取扱いを行わない制限対象商品',
    en: 'Restricted products we will not sell',
  },
  'section.brandScreening': {
    ja: '商品が「取扱わないブランド商品」ではないことを確認する方法',
    en: 'How we screen out excluded brands',
  },
  'section.packingPolicy': { ja: '梱包・発送の規約確認', en: 'Packing and shipping policy review' },
  'section.shippingChecks': { ja: '発送時の確認フローの強化', en: 'Stronger pre-shipment checks' },
  'section.removedInventory': {
    ja: 'FBA倉庫から返送した商品の今後の販売について',
    en: 'Inventory removed from FBA',
  },
  'section.policyTraining': {
    ja: '定期的な規約読み合わせの開催',
    en: 'Regular policy reading sessions',
  },
  'section.apology': { ja: 'お詫び', en: 'Apology' },
  'section.perfNotice': { ja: '通知の内容と対象の指標', en: 'The notice and the metric concerned' },
  'section.metricHistory': { ja: '指標の推移', en: 'History of the metric' },
  'section.processRootCause': {
    ja: '指標を生んだ業務プロセスと根本原因',
    en: 'The process behind the metric and its root cause',
  },
  'section.immediateFix': {
    ja: '直ちに行った是正の証明',
    en: 'Proof the immediate problem is fixed',
  },
  'section.perfActionsTaken': { ja: '実施済みの対策', en: 'Actions already taken' },
  'section.prevention': {
    ja: '再発防止策（担当・内容・時期・確認方法）',
    en: 'Preventive measures (who, what, when, how checked)',
  },
  'section.request': { ja: 'お願い', en: 'Our request' },

  'case.notFound': {
    ja: 'case.json が見つかりません: {path}',
    en: 'case.json was not found: {path}',
  },
  'case.notFound.hint': {
    ja: '`evidence-pack init <フォルダー>` でケースフォルダーを作成するか、正しいフォルダーを指定してください。',
    en: 'Create a case folder with `evidence-pack init <dir>`, or name the right folder.',
  },
  'case.json.duplicateKey': {
    ja: 'キー "{key}" が同じ場所に 2 回書かれています（{first} 行目と {second} 行目）。JSON では後の値だけが使われ、前の値は黙って捨てられます。',
    en: 'The key "{key}" is written twice in the same place (lines {first} and {second}): JSON keeps only the last value and silently drops the first.',
  },
  'case.json.duplicateKey.hint': {
    ja: 'どちらの値が正しいか確かめて、片方を消してください。',
    en: 'Decide which value is right and delete the other.',
  },
  'case.json.protoKey': {
    ja: 'キー "__proto__" は使えません（読み込むと黙って消えてしまいます）。',
    en: 'The key "__proto__" cannot be used (it would be silently dropped).',
  },
  'case.json.protoKey.hint': {
    ja: 'このキーを消すか、別の名前にしてください。',
    en: 'Delete this key or give it another name.',
  },
  'case.json.depth': {
    ja: '入れ子が深すぎます（{max} 段まで）。case.json にこれほど深い構造は必要ありません。',
    en: 'Nested too deep (at most {max} levels): no part of case.json needs this depth.',
  },
  'case.json.depth.hint': {
    ja: 'この部分を消すか、schema/case.schema.json の形に直してください。',
    en: 'Delete this part or write it in the shape of schema/case.schema.json.',
  },
  'case.text.tooLong': {
    ja: 'この文字列は {length} 文字あり、長すぎます（{max} 文字まで）。',
    en: 'This text is {length} characters long: too long (at most {max}).',
  },
  'case.text.tooLong.hint': {
    ja: '文章は段落に分けて書いてください（narrative は段落ごとの配列にできます）。審査担当者が読める長さにまとめてください。',
    en: 'Split the text into paragraphs (a narrative can be an array of paragraphs) and keep it to what a reviewer reads.',
  },
  'case.tooBig': {
    ja: 'case.json が {size} バイトあり、大きすぎます（{max} バイトまで）。',
    en: 'case.json is {size} bytes: too large (at most {max}).',
  },
  'case.tooBig.hint': {
    ja: '画像や表のデータを case.json に入れず、documents/ や records/ にファイルとして置いてください。',
    en: 'Keep pictures and table data out of case.json: put them as files in documents/ or records/.',
  },
  'case.badJson': {
    ja: 'case.json が JSON として読めません（{line} 行 {column} 列）: {detail}',
    en: 'case.json is not valid JSON (line {line}, column {column}): {detail}',
  },
  'case.badJson.hint': {
    ja: 'カンマや引用符の抜けを確認してください。エディターで JSON Schema（schema/case.schema.json）を指定すると誤りが表示されます。',
    en: 'Look for a missing comma or quote. Point your editor at schema/case.schema.json to see mistakes as you type.',
  },
  'case.nulByte': {
    ja: 'case.json に NUL 文字（0x00）が含まれています（{offset} バイト目）。',
    en: 'case.json contains a NUL byte (0x00) at byte {offset}.',
  },
  'case.nulByte.hint': {
    ja: 'テキストエディターで UTF-8 として保存し直してください。',
    en: 'Save the file again as UTF-8 text.',
  },
  // Schema problems of case.json, one per zod issue code (see case/issues.ts).
  'case.schema.missing': {
    ja: '必須の項目 {key} がありません。',
    en: 'The required field {key} is missing.',
  },
  'case.schema.wrongType': {
    ja: 'ここには{expected}を書きます（{found}が書かれています）。',
    en: 'This must be {expected}, not {found}.',
  },
  'case.schema.type.string': { ja: '文字列', en: 'a text' },
  'case.schema.type.number': { ja: '数値', en: 'a number' },
  'case.schema.type.int': { ja: '整数', en: 'a whole number' },
  'case.schema.type.boolean': { ja: '真偽値（true か false）', en: 'true or false' },
  'case.schema.type.array': { ja: '配列 [ ]', en: 'a list [ ]' },
  'case.schema.type.object': { ja: 'オブジェクト { }', en: 'an object { }' },
  'case.schema.type.null': { ja: 'null', en: 'null' },
  'case.schema.empty': { ja: '空欄にはできません。', en: 'This may not be empty.' },
  'case.schema.nonEmpty': { ja: '1 文字以上', en: 'at least 1 character' },
  'case.schema.tooFew': {
    ja: '{min} 個以上必要です。',
    en: 'At least {min, plural, one {# entry is} other {# entries are}} needed.',
  },
  'case.schema.tooMany': {
    ja: '{max} 個までです。',
    en: 'At most {max, plural, one {# entry is} other {# entries are}} allowed.',
  },
  'case.schema.items': {
    ja: '{count} 個',
    en: '{count, plural, one {# entry} other {# entries}}',
  },
  'case.schema.tooLong': {
    ja: '{max} 文字以内で書いてください。',
    en: 'Write at most {max, plural, one {# character} other {# characters}}.',
  },
  'case.schema.tooSmall': { ja: '値が小さすぎます。', en: 'The number is too small.' },
  'case.schema.tooBig': { ja: '値が大きすぎます。', en: 'The number is too large.' },
  'case.schema.format': {
    ja: '書き方が正しくありません。',
    en: 'The value is not written in the expected form.',
  },
  'case.schema.format.email': {
    ja: 'メールアドレスの形式ではありません。',
    en: 'This is not an e-mail address.',
  },
  'case.schema.asin': {
    ja: 'ASIN は英大文字と数字の 10 文字です（例: B0ABCDE123）。',
    en: 'An ASIN is 10 capital letters or digits (e.g. B0ABCDE123).',
  },
  'case.schema.value': { ja: 'この値は使えません。', en: 'This value is not allowed here.' },
  'case.schema.oneOf': {
    ja: '次のいずれかを書いてください。',
    en: 'Write one of the allowed values.',
  },
  'case.schema.union': { ja: '値の形式が違います。', en: 'The value has the wrong form.' },
  'case.schema.key': { ja: 'このキーは使えません。', en: 'This key is not allowed here.' },
  'case.schema.multipleOf': {
    ja: '{divisor} の倍数にしてください。',
    en: 'This must be a multiple of {divisor}.',
  },
  'case.schema.invalid': { ja: '値が正しくありません。', en: 'The value is not valid.' },
  'case.schema.unknownKey': {
    ja: '不明なキー「{key}」です。',
    en: 'Unknown key "{key}".',
  },
  'case.schema.unknownKey.near': {
    ja: '「{key}」の書き間違いではありませんか。case.json を直してください（schema/case.schema.json 参照）。',
    en: 'Did you mean "{key}"? Correct case.json (see schema/case.schema.json).',
  },
  'case.schema.hint': {
    ja: 'case.json の該当箇所を修正してください（schema/case.schema.json 参照）。',
    en: 'Correct that place in case.json (see schema/case.schema.json).',
  },
  'case.date': {
    ja: '存在しない日付、または YYYY-MM-DD 形式ではありません。',
    en: 'Not a real date in YYYY-MM-DD form.',
  },
  'case.path.absolute': {
    ja: '絶対パスは使えません。ケースフォルダーからの相対パスを書いてください。',
    en: 'Absolute paths are not allowed; write the path relative to the case folder.',
  },
  'case.path.parent': {
    ja: '「..」でケースフォルダーの外を指すことはできません。',
    en: 'A path may not use ".." to leave the case folder.',
  },
  'case.path.backslash': {
    ja: 'Windows 形式の区切り「\\」は使えません。「/」で書いてください。',
    en: 'Windows separators "\\" are not allowed; use "/".',
  },
  'case.path.nul': { ja: 'パスに NUL 文字が含まれています。', en: 'The path contains a NUL byte.' },
  'case.path.hint': {
    ja: 'ファイルをケースフォルダーの documents/ に置き、"documents/ファイル名" のように書いてください。',
    en: 'Put the file in the case folder\'s documents/ and write it as "documents/<name>".',
  },
  'case.file.missing': {
    ja: 'ファイルがありません: {file}',
    en: 'The file does not exist: {file}',
  },
  'case.file.missing.hint': {
    ja: 'ファイル名のつづりを確認するか、ファイルを documents/ に置いてください。',
    en: 'Check the spelling of the name, or put the file in documents/.',
  },
  'case.file.missing.suggest': {
    ja: '似た名前のファイルがあります: {suggestion}。このファイルのことなら、case.json の名前をこれに直してください。',
    en: 'A file with a similar name exists: {suggestion}. If you meant it, write that name in case.json.',
  },
  'case.file.outside': {
    ja: 'ケースフォルダーの外を指すリンクです: {file}',
    en: 'The file is a link that points outside the case folder: {file}',
  },
  'case.file.outside.hint': {
    ja: 'リンクではなく、ファイルそのものを documents/ にコピーしてください。',
    en: 'Copy the file itself into documents/ instead of linking to it.',
  },
  'case.file.notFile': {
    ja: '通常のファイルではありません: {file}',
    en: 'Not a regular file: {file}',
  },
  'case.ref.supplier': {
    ja: '仕入先 ID「{id}」は suppliers にありません。',
    en: 'Supplier id "{id}" is not in suppliers.',
  },
  'case.ref.supplier.hint': {
    ja: 'suppliers に id「{id}」の仕入先を追加するか、id を直してください。',
    en: 'Add a supplier with id "{id}" to suppliers, or correct the id.',
  },
  'case.ref.asin': {
    ja: 'ASIN「{asin}」は products にありません。',
    en: 'ASIN "{asin}" is not in products.',
  },
  'case.ref.asin.hint': {
    ja: 'products にこの ASIN を追加してください。',
    en: 'Add this ASIN to products.',
  },
  'case.duplicate': {
    ja: '「{value}」が重複しています（{other} と同じ）。',
    en: '"{value}" appears twice (same as {other}).',
  },
  'case.narrative.missing': {
    ja: '「{title}」の本文がありません。',
    en: 'The section "{title}" has no text.',
  },
  'case.narrative.missing.hint': {
    ja: 'case.json の narrative.{id} に本文を書いてください。下書きとして出力するには build --draft を使います。',
    en: 'Write the text in narrative.{id} of case.json. Use build --draft to render a draft anyway.',
  },
  'case.narrative.unknown': {
    ja: '「{id}」は {kind} の章 ID ではありません。',
    en: '"{id}" is not a section id of a {kind} case.',
  },
  'case.narrative.unknown.hint': {
    ja: '使える章 ID: {ids}',
    en: 'Section ids: {ids}',
  },
  'case.placeholder': {
    ja: '`init` が書いた例の値「{value}」が残っています。',
    en: 'The example value "{value}" written by `init` is still there.',
  },
  'case.placeholder.hint': {
    ja: 'ご自分の内容に置き換えてください（使わない項目は削除します）。例の値のまま提出すると、Amazon の審査担当者はそこで読むのをやめます。',
    en: 'Replace it with your own (delete the entry if you do not need it). A reviewer who meets an example value stops reading there.',
  },
  'init.notEmpty': {
    ja: 'フォルダーが空ではありません: {path}',
    en: 'The folder is not empty: {path}',
  },
  'init.notEmpty.hint': {
    ja: '既存のファイルを上書きしないため、新しい（空の）フォルダー名を指定してください。',
    en: 'To never overwrite files, name a new (empty) folder.',
  },
  'init.done': {
    ja: 'ケースフォルダーを作成しました: {path}\n次に case.json を編集し、records/ と documents/ にファイルを置いて `evidence-pack draft {path}` で plan.md の下書きを作り、`evidence-pack preview {path}` で確認しながら書き進めてください。',
    en: 'Created the case folder: {path}\nNext, edit case.json, put files in records/ and documents/, run `evidence-pack draft {path}` to pre-fill plan.md, and write it with `evidence-pack preview {path}` running.',
  },
  'init.readme': {
    ja: `# ケースフォルダー

- case.json … ケースの事実（出品者、通知、商品、仕入先、書類、実施済みの対応）
- plan.md … 改善計画の本文（章ごとに「## 見出し」。Word で書く場合は plan.docx）
- records/ … セラーセントラルからダウンロードしたレポートと仕入明細（ファイル名は自由、変換不要）
- documents/ … 請求書・納品書・書簡・写真の原本（PDF/JPG/PNG/GIF）。ツールは変更しません
- submissions/ … ツールが書き込む提出物（rev-001/, rev-002/, …）。手で編集しないでください

下書き: evidence-pack draft .（記録から数字を入れた下書き）
プレビュー: evidence-pack preview .（保存のたびに下書き PDF を作り直します）
確認: evidence-pack check .
作成: evidence-pack build .`,
    en: `# Case folder

- case.json … the facts (seller, notice, products, suppliers, documents, actions taken)
- plan.md … the plan's text, one "## heading" per section (plan.docx if you write in Word)
- records/ … reports downloaded from Seller Central and your invoice lines (any name, no converting)
- documents/ … original invoices, delivery notes, letters, photos (PDF/JPG/PNG/GIF); never changed
- submissions/ … written by the tool only (rev-001/, rev-002/, …); do not edit

Draft: evidence-pack draft . (a draft with the numbers from your records)
Preview: evidence-pack preview . (rebuilds a draft PDF on every save)
Check: evidence-pack check .
Build: evidence-pack build .`,
  },
};
