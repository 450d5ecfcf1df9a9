/**
 * Messages of `--help` (see ../catalogue.ts): the descriptions of the program, its commands,
 * their arguments and options (src/commands/*.ts), the headings of the examples, and commander's
 * own words (section titles, the built-in options, "default: …"), put in by src/commands/help.ts.
 * Option flags, argument names, file names and JSON keys stay as they are typed.
 */
import type { Entry } from '../catalogue.js';

export const helpMessages: Record<string, Entry> = {
  // commander's own words
  'help.title.usage': { ja: '使い方:', en: 'Usage:' },
  'help.title.arguments': { ja: '引数:', en: 'Arguments:' },
  'help.title.options': { ja: 'オプション:', en: 'Options:' },
  'help.title.globalOptions': { ja: '共通オプション:', en: 'Global Options:' },
  'help.title.commands': { ja: 'コマンド:', en: 'Commands:' },
  'help.usage.options': { ja: '[オプション]', en: '[options]' },
  'help.usage.command': { ja: '[コマンド]', en: '[command]' },
  'help.extra': { ja: '{description}（{extra}）', en: '{description} ({extra})' },
  'help.extra.only': { ja: '（{extra}）', en: '({extra})' },
  'help.extra.separator': { ja: '、', en: ', ' },
  'help.default': { ja: '既定: {value}', en: 'default: {value}' },
  'help.choices': { ja: '選択肢: {values}', en: 'choices: {values}' },
  'help.preset': { ja: '値を省略したとき: {value}', en: 'preset: {value}' },
  'help.env': { ja: '環境変数: {name}', en: 'env: {name}' },
  'help.option.help': { ja: 'コマンドの使い方を表示します', en: 'display help for command' },
  'help.option.version': { ja: 'バージョン番号を表示します', en: 'output the version number' },
  'help.example': { ja: '使用例:', en: 'Example:' },
  'help.examples': { ja: '使用例:', en: 'Examples:' },

  // the program
  'help.program': {
    ja: 'Amazon 出品者の記録を照合し、日本語と英語を併記した改善計画書の PDF を作ります。仕入先の請求書は原本のまま添付します。',
    en: "Turns an Amazon seller's records into a reconciled, bilingual plan-of-action PDF\nwith the original invoices attached unaltered.",
  },
  'help.program.debug': {
    ja: '内部エラーのときにスタックトレースを表示します',
    en: 'print stack traces of internal errors',
  },

  // shared by several commands
  'help.arg.dir': { ja: 'ケースフォルダー', en: 'the case folder' },
  'help.lang.messages': {
    ja: 'メッセージの言語: ja または en',
    en: 'language of the messages: ja or en',
  },
  'help.lang.output': { ja: '出力の言語: ja または en', en: 'language of the output: ja or en' },

  // init
  'help.init': {
    ja: 'ケースフォルダーを作ります（記入例入りの case.json と、空の records/・documents/・submissions/）',
    en: 'create a case folder with an example case.json and empty records/, documents/, submissions/',
  },
  'help.init.dir': { ja: '新しいフォルダー、または空のフォルダー', en: 'a new or empty folder' },
  'help.init.lang': { ja: 'ケースの言語: ja または en', en: 'language of the case: ja or en' },
  'help.init.kind': {
    ja: 'ケースの種類: authenticity は真贋の申し立て、performance はアカウントパフォーマンスによる停止',
    en: 'authenticity or performance',
  },
  'help.init.json': { ja: '結果を JSON で表示します', en: 'print the result as JSON' },

  // check
  'help.check': {
    ja: 'case.json、そこに記載した記録と書類、改善計画の本文を検査し、見つかった問題をすべて表示します',
    en: 'validate case.json, the records and documents it names, and the plan; list every problem',
  },
  'help.check.json': {
    ja: '問題を JSON で標準出力に書き出します',
    en: 'print the problems as JSON on stdout',
  },
  'help.check.strict': {
    ja: '警告もエラーとして扱います（終了コード 1）',
    en: 'treat warnings as errors (exit 1)',
  },

  // build
  'help.build': {
    ja: '次の改訂版 submissions/rev-NNN/submission.pdf を作ります（前の改訂版は上書きしません）',
    en: 'build the next revision: submissions/rev-NNN/submission.pdf (never overwrites)',
  },
  'help.build.lang': {
    ja: '報告書の言語: ja または en。case.json の指定より優先します',
    en: 'language of the report, overriding the case: ja or en',
  },
  'help.build.draft': {
    ja: 'まだ書いていない章は仮の文で埋め、「下書き DRAFT」の透かしを入れて作ります',
    en: 'render missing sections as placeholders, with a DRAFT watermark',
  },
  'help.build.force': {
    ja: '最新の改訂版（または最後に提出した改訂版）から何も変わっていなくても作ります',
    en: 'build even when nothing changed since the newest revision (or the last submitted one)',
  },
  'help.build.date': {
    ja: '作成日 YYYY-MM-DD（既定: case.json の build.date、なければ SOURCE_DATE_EPOCH、なければ今日）',
    en: 'build date YYYY-MM-DD (default: case.json build.date, SOURCE_DATE_EPOCH or today)',
  },
  'help.build.includeUnaccepted': {
    ja: '見積書・プロフォーマ・注文確認書や、通知受領日前の365日間に入らない請求書、宛名が自社と異なる請求書も添付します（既定では添付しません）',
    en: 'also attach quotes, pro formas, order confirmations and invoices outside the 365 days or to another buyer (left out by default)',
  },
  'help.build.highlight': {
    ja: 'PDF の請求書で、通知に記載された ASIN・仕入先の商品コード・仕入先名にマーカーの注釈を付けます（ページの内容は変えません）',
    en: 'add highlight annotations over the cited ASINs, supplier codes and supplier name in PDF invoices (page content unchanged)',
  },
  'help.build.json': {
    ja: '{"revision","dir","pdf","pages"} を JSON で表示します',
    en: 'print {"revision","dir","pdf","pages"} as JSON',
  },

  // reconcile
  'help.reconcile': {
    ja: 'ASIN ごとに請求・受領・販売・返品の数量を照合し、請求書を確認します（アカウントパフォーマンスのケースでは、改善前後の出荷遅延率と誤配送率）',
    en: 'reconcile invoiced, received, sold and returned units per ASIN and check the invoices (performance cases: late shipment and wrong-item rates before and after the fix)',
  },
  'help.reconcile.json': {
    ja: '照合結果を JSON で標準出力に書き出します',
    en: 'print the reconciliation as JSON on stdout',
  },
  'help.reconcile.xlsx': {
    ja: '照合表を Excel のブックにも書き出します',
    en: 'also write the reconciled tables as an Excel workbook',
  },
  'help.reconcile.lang': {
    ja: '出力の言語: ja または en（既定: ケースの言語）',
    en: 'language of the output: ja or en (default: the case language)',
  },
  'help.reconcile.date': {
    ja: '数値を集計する基準日 YYYY-MM-DD（アカウントパフォーマンスのケース。既定: case.json の build.date、なければ SOURCE_DATE_EPOCH、なければ今日）',
    en: 'the day the numbers are taken at, YYYY-MM-DD (performance cases; default: case.json build.date, SOURCE_DATE_EPOCH or today)',
  },
  'help.reconcile.exitCode': {
    ja: '照合結果にエラーがあるときは、終了コード 1 で終わります。',
    en: 'Exit code 1 when a finding is an error.',
  },

  // submitted, reject, accepted (src/commands/record-event.ts)
  'help.submitted': {
    ja: '改訂版を Amazon に提出したことを記録します（既定: 最新の改訂版）',
    en: 'record that a revision was submitted to Amazon (default: the latest)',
  },
  'help.reject': {
    ja: 'Amazon が改訂版を却下したことを記録します。Amazon のメッセージは、回答すべき指摘ごとに分けて記録します',
    en: "record Amazon's rejection of a revision; its message is split into points to answer",
  },
  'help.accepted': {
    ja: 'Amazon が改訂版を承認した（出品が再開された）ことを、Amazon のメッセージとともに記録します',
    en: 'record that Amazon accepted a revision (reinstated), with its message',
  },
  'help.record.rev': {
    ja: '改訂版（rev-NNN または NNN。既定: 最新の改訂版）',
    en: 'the revision (rev-NNN or NNN; default: the latest)',
  },
  'help.record.message': {
    ja: 'Amazon からのメッセージを保存したテキストファイル。- なら標準入力から読みます{required}',
    en: "Amazon's message: a text file, or - to read standard input{required}",
  },
  'help.required': { ja: '（必須）', en: ' (required)' },
  'help.record.date': {
    ja: '記録する日付 YYYY-MM-DD（既定: 今日）',
    en: 'the day of the event, YYYY-MM-DD (default: today)',
  },
  'help.record.json': {
    ja: '記録した内容を JSON で表示します',
    en: 'print the recorded event as JSON',
  },
  'help.record.force': { ja: 'このコマンドでは何もしません', en: 'no effect' },
  'help.reject.force': {
    ja: '提出済みと記録していない改訂版でも、却下を記録します',
    en: 'record the rejection even though the revision was never marked submitted',
  },

  // history, diff, verify
  'help.history': {
    ja: '改訂版の一覧を表示します（作成日、ページ数、指摘事項の数、Amazon の状況）',
    en: "list the revisions: build date, pages, findings and Amazon's status",
  },
  'help.history.json': {
    ja: '改訂版の一覧を JSON で表示します',
    en: 'print the revisions as JSON',
  },
  'help.diff': {
    ja: '2つの改訂版の違いを表示します（各章の本文、書類、ASIN ごとの数値、指摘事項）',
    en: 'show what changed between two revisions: section text, documents, per-ASIN numbers, findings',
  },
  'help.diff.revA': {
    ja: '古いほうの改訂版（既定: 最新の1つ前）',
    en: 'the older revision (default: the one before the latest)',
  },
  'help.diff.revB': {
    ja: '新しいほうの改訂版（既定: 最新の改訂版）',
    en: 'the newer revision (default: the latest)',
  },
  'help.diff.json': {
    ja: '{"from","to","changes","sections"} を JSON で表示します',
    en: 'print {from, to, changes, sections} as JSON',
  },
  'help.verify': {
    ja: '改訂版のすべてのファイル、マニフェストのつながり、やり取りの記録の SHA-256 を計算し直して確かめます',
    en: 'recompute the SHA-256 of every file of the revisions, the manifest chain and the correspondence log',
  },
  'help.verify.rev': {
    ja: 'この改訂版だけを確かめます（rev-NNN または NNN）',
    en: 'only this revision (rev-NNN or NNN)',
  },
  'help.verify.json': {
    ja: '{"ok","revisions","problems"} を JSON で表示します',
    en: 'print {ok, revisions, problems} as JSON',
  },

  // migrate, draft, preview, serve
  'help.migrate': {
    ja: 'case.json の narrative にある改善計画の本文を plan.md に移します（plan.md は上書きしません）',
    en: "move the plan text from case.json's narrative into plan.md (never overwrites plan.md)",
  },
  'help.migrate.json': {
    ja: '{"file","sections"} を JSON で表示します',
    en: 'print {"file","sections"} as JSON',
  },
  'help.draft': {
    ja: 'ケースのデータから書ける部分を埋めた plan.md を作ります。ご自身でしか書けない箇所は【要記入】になります（plan.md があるときは上書きせず、plan.draft.md に書きます）',
    en: 'write plan.md pre-filled from the case data, with 【TO FILL】 where only you can write (never overwrites plan.md: writes plan.draft.md instead)',
  },
  'help.draft.json': {
    ja: '{"file","kept"} を JSON で表示します',
    en: 'print {"file","kept"} as JSON',
  },
  'help.preview': {
    ja: 'case.json・plan.md・plan.docx・records/・documents/ を見張り、保存するたびに preview/ の下書き PDF を作り直します（改訂版は作らず、何も開きません）',
    en: 'watch case.json, plan.md/plan.docx, records/ and documents/ and rebuild a DRAFT PDF in preview/ on every save (never a revision; opens nothing)',
  },
  'help.preview.lang': {
    ja: '報告書とメッセージの言語: ja または en',
    en: 'language of the report and messages: ja or en',
  },
  'help.preview.date': {
    ja: '作成日 YYYY-MM-DD（既定: case.json の build.date、なければ今日）',
    en: 'build date YYYY-MM-DD (default: case.json build.date or today)',
  },
  'help.preview.once': {
    ja: 'プレビューを1回だけ作って終わります',
    en: 'build one preview and exit',
  },
  'help.serve': {
    ja: 'ケースのレビュー画面を 127.0.0.1 で開きます。本文の横に指摘を、数値の横に元の行を表示し、編集や改訂版の作成もできます（Ctrl-C で終了）',
    en: 'open a review page of the case on 127.0.0.1: findings beside the text, numbers with their rows, editing and builds (Ctrl-C stops it)',
  },
  'help.serve.port': {
    ja: '待ち受けるポート番号（既定: 空いているポート）',
    en: 'port to listen on (default: a free one)',
  },
  'help.serve.lang': {
    ja: '画面と報告書の言語: ja または en。case.json の指定より優先します',
    en: 'language of the page and the report, overriding the case: ja or en',
  },
};
