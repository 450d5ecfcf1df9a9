/** Messages of the records area (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const recordsMessages: Record<string, Entry> = {
  'records.kind.allOrders': { ja: '全注文レポート', en: 'All Orders report' },
  'records.kind.fbaReturns': { ja: 'FBA返品レポート', en: 'FBA Customer Returns report' },
  'records.kind.ledgerDetail': { ja: '在庫台帳（詳細）', en: 'Inventory Ledger (detail)' },
  'records.kind.ledgerSummary': { ja: '在庫台帳（概要）', en: 'Inventory Ledger (summary)' },
  'records.kind.receivedInventory': { ja: '受領在庫レポート', en: 'Received Inventory report' },
  'records.kind.fulfilledShipments': {
    ja: 'Amazon出荷商品レポート',
    en: 'Amazon Fulfilled Shipments report',
  },
  'records.kind.businessReport': {
    ja: 'ビジネスレポート（詳細ページ 売上・トラフィック 子商品別）',
    en: 'Business Report (Detail Page Sales and Traffic By Child Item)',
  },
  'records.kind.ownStock': { ja: '自社在庫の記録（入出庫表）', en: "the seller's own stock book" },
  'records.kind.reimbursements': { ja: '補償レポート', en: 'Reimbursements report' },
  'records.kind.invoiceLines': { ja: '仕入請求書の明細', en: 'supplier invoice lines' },
  'records.kind.shippingLog': { ja: '出荷記録', en: 'shipping log' },

  'records.cell.empty': {
    ja: '「{column}」が空です。値が必要です。',
    en: '"{column}" is empty; a value is required.',
  },
  'records.cell.int': {
    ja: '「{column}」は整数でなければなりません（実際: {found}）。',
    en: '"{column}" must be a whole number (found: {found}).',
  },
  'records.cell.int.hint': {
    ja: '個数は 0, 1, 2 … の整数で記入してください（小数・文字は不可）。',
    en: 'Write quantities as whole numbers 0, 1, 2 … (no decimals, no words).',
  },
  'records.cell.date': {
    ja: '「{column}」を日付として読めません（実際: {found}）。',
    en: '"{column}" is not a date that can be read (found: {found}).',
  },
  'records.cell.date.hint': {
    ja: '2026-03-04、2026/03/04、2026年3月4日、04-MAR-2026 などの形式で記入してください。',
    en: 'Write dates as 2026-03-04, 2026/03/04 or 04-MAR-2026.',
  },
  'records.cell.dateAmbiguous': {
    ja: '「{column}」の日付 {found} は月と日の順序が判別できません。',
    en: 'The date {found} in "{column}" could be day/month or month/day.',
  },
  'records.cell.dateAmbiguous.hint': {
    ja: 'case.json の records.dateOrder に "MDY" または "DMY" を指定するか、YYYY-MM-DD で記入してください。',
    en: 'Set records.dateOrder to "MDY" or "DMY" in case.json, or write the date as YYYY-MM-DD.',
  },
  'records.cell.dateInvalid': {
    ja: '「{column}」の {found} は存在しない日付です。',
    en: '{found} in "{column}" is not a calendar date.',
  },
  'records.cell.dateInvalid.hint': {
    ja: '月（1〜12）と日（その月の日数まで）を確認してください。',
    en: 'Check the month (1–12) and the day (within that month).',
  },
  'records.cell.excelError': {
    ja: '「{column}」に Excel のエラー値 {found} が表示されています。',
    en: '"{column}" shows the Excel error {found}.',
  },
  'records.cell.excelError.hint': {
    ja: '元のファイルで数式を直し、値が表示される状態で保存してください。',
    en: 'Fix the formula in the workbook so the cell shows a value.',
  },
  'records.cell.idLostDigits': {
    ja: '「{column}」の番号 {found} は Excel で数値として保存され、桁が失われています。',
    en: 'The identifier {found} in "{column}" was stored by Excel as a number and has lost digits.',
  },
  'records.cell.idLostDigits.hint': {
    ja: 'Seller Central から元のレポート（.txt）をダウンロードし直し、そのまま records/ に置いてください。',
    en: 'Download the original report (.txt) from Seller Central again and put it in records/ unchanged.',
  },
  'records.cell.idIsDate': {
    ja: '「{column}」の識別子が日付として保存されています（{found}）。',
    en: 'The identifier in "{column}" was stored as a date ({found}).',
  },
  'records.cell.idIsDate.hint': {
    ja: 'そのセルを文字列として入力し直してください。',
    en: 'Enter that cell as text.',
  },
  'records.cell.flag': {
    ja: '「{column}」ははい/いいえで記入してください（実際: {found}）。',
    en: '"{column}" must be yes or no (found: {found}).',
  },
  'records.cell.flag.hint': {
    ja: 'はい・いいえ、あり・なし、○・×、1・0、または空欄が使えます。',
    en: 'Use yes/no, true/false, 1/0, or leave it empty.',
  },
  'records.cell.noProduct': {
    ja: 'この請求書明細には ASIN・SKU・商品コードのいずれもありません。',
    en: 'This invoice line has no ASIN, SKU or product code.',
  },
  'records.cell.status': {
    ja: '書類の種別 {found} が分かりません。',
    en: 'Unknown document status {found}.',
  },

  'records.encoding.invalid': {
    ja: '{line} 行目に {encoding} として不正なバイトがあります（{bytes}）。',
    en: 'Line {line} has a byte that is not valid {encoding} ({bytes}).',
  },
  'records.encoding.invalid.hint': {
    ja: 'Seller Central からダウンロードし直したファイルを、開かずにそのまま置いてください。',
    en: 'Download the file from Seller Central again and put it in records/ without opening it.',
  },
  'records.encoding.mixed': {
    ja: '{line} 行目は {encoding} ではない文字コードで書かれています（1 つのファイルに文字コードが混在）。',
    en: 'Line {line} is not in {encoding} like the rest of the file: the file mixes encodings.',
  },
  'records.encoding.mixed.hint': {
    ja: '別々のファイルを連結した場合は、元のファイルを別々に records/ に置いてください。',
    en: 'If files were joined together, put the original files in records/ separately.',
  },
  'records.unterminatedQuote': {
    ja: '{line} 行目で始まる引用符（"）が閉じられていません。',
    en: 'The quote (") opened on line {line} is never closed.',
  },
  'records.unterminatedQuote.hint': {
    ja: '元のファイルをダウンロードし直してください。手で編集した場合は引用符を確認してください。',
    en: 'Download the original file again; if it was edited by hand, check the quotes.',
  },
  'records.lineTooLong': {
    ja: '{line} 行目が 8 MB を超えても終わりません。表のテキストファイルではないようです。',
    en: 'Line {line} goes on for more than 8 MB: this does not look like a table in text form.',
  },
  'records.binary': {
    ja: 'テキストのレポートではありません（バイナリデータを含みます）。',
    en: 'This is not a text report (it contains binary data).',
  },
  'records.binary.hint': {
    ja: 'Seller Central のレポート（.txt）、CSV、または .xlsx を置いてください。',
    en: 'Put Seller Central reports (.txt), CSV or .xlsx files in records/.',
  },
  'records.legacyXls': {
    ja: '古い Excel 形式（.xls）は読めません。',
    en: 'The old Excel format (.xls) cannot be read.',
  },
  'records.legacyXls.hint': {
    ja: 'Seller Central から .txt のレポートをダウンロードするか、Excel で .xlsx として保存してください。',
    en: 'Download the .txt report from Seller Central, or save the workbook as .xlsx.',
  },
  'records.unsupportedSheet': {
    ja: '{ext} 形式の表計算ファイルは読めません。',
    en: 'Spreadsheets in the {ext} format cannot be read.',
  },
  'records.notXlsx': {
    ja: '拡張子は .xlsx ですが、xlsx（zip）ファイルではありません。',
    en: 'The name ends in .xlsx but the file is not an xlsx (zip) workbook.',
  },
  'records.notXlsx.text': {
    ja: '拡張子は .xlsx ですが、中身はテキスト（CSV やタブ区切り）です。',
    en: 'The name ends in .xlsx but the file is text (CSV or tab-separated).',
  },
  'records.notXlsx.hint': {
    ja: 'ファイル名の拡張子を中身に合わせて（.csv または .txt）ください。',
    en: 'Give the file the extension of its content (.csv or .txt).',
  },
  'records.truncated': {
    ja: 'xlsx ファイルが途中で切れています（不完全なダウンロードかコピー）。',
    en: 'The xlsx file is cut short (an incomplete download or copy).',
  },
  'records.truncated.hint': {
    ja: '元のファイルをもう一度ダウンロードまたはコピーしてください。',
    en: 'Download or copy the original file again.',
  },
  'records.changed': {
    ja: '{file} が読み込みの途中で変更されました。',
    en: '{file} changed while it was being read.',
  },
  'records.changed.hint': {
    ja: 'ファイルを保存し終えてから、もう一度実行してください（同期ソフトが書き換えている場合は同期の完了を待ってください）。',
    en: 'Run again once the file is saved (if a sync program is writing it, wait until it has finished).',
  },
  'records.xlsxDamaged': {
    ja: 'xlsx ファイルを読めませんでした: {detail}',
    en: 'The xlsx file could not be read: {detail}',
  },
  'records.zipBomb': {
    ja: 'xlsx の中身 {entry} は展開すると {uncompressed} バイトになり（圧縮時 {compressed} バイト）、表計算ファイルとして異常です。',
    en: 'The xlsx part {entry} would unpack to {uncompressed} bytes from {compressed}: not a plausible workbook.',
  },
  'records.zipBomb.hint': {
    ja: 'このファイルは読みません。信頼できる元のファイルを置いてください。',
    en: 'This file is not read. Put a trustworthy original in records/.',
  },
  'records.xlsxHiddenEntry': {
    ja: 'xlsx の {at} バイト目に、zip の目録にない隠れたデータ{name}があります。Excel には表示されないため、Excel で見える内容と読み取る内容が食い違うおそれがあります。',
    en: 'The xlsx holds data at byte {at}{name} that its zip directory does not list: Excel does not show it, so what Excel shows and what would be read could differ.',
  },
  'records.xlsxEntryMismatch': {
    ja: 'xlsx の部品 {entry} の中身の見出しが zip の目録と食い違っています（{field}）。',
    en: 'The xlsx part {entry} disagrees with the zip directory ({field}).',
  },
  'records.xlsxDuplicateEntry': {
    ja: 'xlsx の部品 {entry} が zip の目録に 2 回あります。',
    en: 'The xlsx part {entry} is listed twice in the zip directory.',
  },
  'records.xlsxOrphanSheet': {
    ja: 'xlsx の部品 {entry} はシートの形をしていますが、ブックのシート一覧にないため Excel には表示されません。',
    en: 'The xlsx part {entry} is a sheet that the workbook does not list: Excel does not show it.',
  },
  'records.xlsxUnreadableSheet': {
    ja: 'シート「{sheet}」（{target}）は、このツールが読めない形で保存されています。',
    en: 'The sheet "{sheet}" ({target}) is stored in a way this tool cannot read.',
  },
  'records.xlsxLayout.hint': {
    ja: 'このファイルは読みません。Excel で開いてシートと数字を確認し、「名前を付けて保存」で保存し直したファイルを records/ に置いてください。',
    en: 'This file is not read. Open it in Excel, check its sheets and numbers, save it with "Save As" and put that copy in records/.',
  },
  'records.link.broken': {
    ja: 'このシンボリックリンクの先にファイルがありません。',
    en: 'This symbolic link points to nothing.',
  },
  'records.link.outside': {
    ja: 'このシンボリックリンクはケースフォルダの外を指しています。外のファイルは読みません。',
    en: 'This symbolic link points outside the case folder; files outside it are not read.',
  },
  'records.link.hint': {
    ja: 'リンクではなく、ファイルそのものを records/ にコピーしてください。',
    en: 'Copy the file itself into records/ instead of a link.',
  },
  'records.notFile': {
    ja: '通常のファイルではありません（名前付きパイプ、ソケットまたはデバイス）。読みません。',
    en: 'This is not a regular file (a named pipe, socket or device) and is not read.',
  },
  'records.notFile.hint': {
    ja: 'records/ から取り除き、レポートのファイルそのものを置いてください。',
    en: 'Remove it from records/ and put the report file itself there.',
  },
  'records.link.duplicate': {
    ja: 'このリンクは {other} と同じファイルを指しています。同じ数字を 2 回数えないよう、1 回だけ読みます。',
    en: 'This link points to the same file as {other}: it is read once, so its numbers are not counted twice.',
  },
  'records.link.duplicate.hint': {
    ja: '不要なリンクを records/ から取り除いてください。',
    en: 'Remove the extra link from records/.',
  },
  'records.asin.normalised': {
    ja: 'ASIN「{found}」を {asin} として読みました（{changesJa}）。',
    en: 'The ASIN "{found}" was read as {asin} ({changes}).',
  },
  'records.asin.invalid': {
    ja: '「{found}」は ASIN の形（英大文字と数字 10 文字）ではありません。書かれたとおりに扱うため、case.json の ASIN とは一致しません。',
    en: '"{found}" is not an ASIN (10 capital letters and digits); it is kept as written, so it matches no ASIN of case.json.',
  },
  'records.asin.hint': {
    ja: 'Amazon の出品情報から ASIN をコピーし直してください。',
    en: "Copy the ASIN again from Amazon's listing.",
  },
  'records.asin.change.case': { ja: '小文字を大文字に', en: 'lower case made upper case' },
  'records.asin.change.invisible': {
    ja: '見えない文字（ゼロ幅スペースなど）を削除',
    en: 'invisible characters (zero-width space …) removed',
  },
  'records.asin.change.width': { ja: '全角を半角に', en: 'full-width letters made ASCII' },
  'records.asin.change.lookalike': {
    ja: 'ラテン文字に似たキリル文字・ギリシャ文字をラテン文字に',
    en: 'Cyrillic or Greek look-alike letters made Latin',
  },
  'records.thousands': {
    ja: '列「{column}」の数量は桁区切りのカンマ付きで書かれています（例: {found}）。{value} のように千単位の区切りとして読みました。',
    en: 'Quantities in column "{column}" are written with thousands separators (e.g. {found}): read as {value}.',
  },
  'records.extraCells': {
    ja: 'この行は見出しより列が多くなっています。引用符で囲まれていないカンマ（例: 1,000）で列がずれたおそれがあるため、この行は読みません。',
    en: 'This row has more cells than the header: an unquoted comma (e.g. 1,000) may have shifted its cells, so the row is not read.',
  },
  'records.extraCells.hint': {
    ja: 'カンマを含む値は "1,000" のように二重引用符で囲むか、カンマなしで 1000 と書いてください。',
    en: 'Put values that hold a comma in double quotes ("1,000") or write them without it (1000).',
  },
  'records.sheetTooLarge': {
    ja: 'シート {entry} の範囲 {ref} は {cells} セルを主張しており、大きすぎます。',
    en: 'The sheet {entry} claims the range {ref}, {cells} cells: too large.',
  },
  'records.sheetTooLarge.hint': {
    ja: 'Excel で使っていない行・列を削除して保存し直すか、元のレポートを置いてください。',
    en: 'Delete unused rows and columns in Excel and save again, or put the original report in records/.',
  },

  'records.unknownKind': {
    ja: 'どのレポートか判別できません。見つかった見出し: {headers}。最も近いのは「{kindJa}」ですが、{missing} がありません。',
    en: 'Not a report that can be recognised. Headers found: {headers}. Closest: {kind}, which lacks {missing}.',
  },
  'records.unknownKind.hint': {
    ja: '見出し名が異なる場合は case.json の records.headerAliases.{kind} に追加してください。レポートでないファイルは records/ から移動してください。',
    en: 'If the headers use other names, add them to records.headerAliases.{kind} in case.json; move files that are no report out of records/.',
  },
  'records.duplicateHeader': {
    ja: '見出し「{header}」が 2 回以上あります。',
    en: 'The header "{header}" appears more than once.',
  },
  'records.duplicateHeader.hint': {
    ja: 'どちらの列を読むべきか決められません。片方の列名を変えるか削除してください。',
    en: 'It is unclear which column to read: rename or delete one of them.',
  },
  'records.columnShadowed': {
    ja: '列「{header}」は読みません（同じ項目に「{used}」を使います）。',
    en: 'The column "{header}" is not read ("{used}" is used for the same field).',
  },
  'records.empty': {
    ja: 'ファイルにデータがありません。',
    en: 'The file has no data.',
  },
  'records.empty.hint': {
    ja: 'レポートを取得し直すか、空のファイルを records/ から削除してください。',
    en: 'Download the report again, or remove the empty file from records/.',
  },
  'records.headerOnly': {
    ja: '「{kindJa}」の見出しだけで、データ行が 0 件です。',
    en: 'The {kind} has headers only: 0 data rows.',
  },
  'records.moreProblems': {
    ja: 'このファイルにはほかに {count} 件の問題があります（表示を省略）。',
    en: '{count, plural, one {# more problem} other {# more problems}} in this file (not listed).',
  },
  'records.moreProblems.hint': {
    ja: '上の問題を直して再実行すると、残りが表示されます。',
    en: 'Fix the problems above and run again to see the rest.',
  },
  'records.skuAsinConflict': {
    ja: 'SKU {sku} が ASIN {asin} と {other} の両方に対応しています。{other} を使います。',
    en: 'SKU {sku} maps to both ASIN {asin} and {other}; {other} is used.',
  },
  'records.none': {
    ja: 'records/ にファイルがありません。',
    en: 'There are no files in records/.',
  },
  'records.none.hint': {
    ja: 'Seller Central からダウンロードしたレポートと仕入れの明細を records/ に置いてください。',
    en: 'Put the reports downloaded from Seller Central and your purchase records in records/.',
  },
  'records.ignored': {
    ja: '{ext} ファイルはレコードとして読みません（無視します）。',
    en: 'A {ext} file is not a record and is ignored.',
  },
  'records.ignored.hint': {
    ja: '請求書などの書類は documents/ に置いてください。',
    en: 'Put documents such as invoices in documents/.',
  },
  'records.alias.kind': {
    ja: 'レポートの種類 {kind} はありません（使えるもの: {kinds}）。',
    en: 'There is no report kind {kind} (known: {kinds}).',
  },
  'records.alias.field': {
    ja: '{kind} に項目 {field} はありません（使えるもの: {fields}）。',
    en: '{kind} has no field {field} (known: {fields}).',
  },

  // What a cell should hold (the "expected" of a bad cell), in the reader's language.
  'records.expect.id': { ja: '文字列（識別子）', en: 'text (identifier)' },
  'records.expect.text': { ja: '文字列', en: 'text' },
  'records.expect.int': { ja: '0 以上の整数', en: 'whole number ≥ 0' },
  'records.expect.sint': { ja: '整数', en: 'whole number' },
  'records.expect.date': {
    ja: '日付（YYYY-MM-DD、ISO-8601、YYYY/MM/DD、DD-MON-YYYY、2026年3月4日）',
    en: 'date (YYYY-MM-DD, ISO-8601, YYYY/MM/DD or DD-MON-YYYY)',
  },
  'records.expect.flag': { ja: 'はい／いいえ', en: 'yes/no' },
  'records.expect.product': { ja: 'ASIN、SKU または商品コード', en: 'ASIN, SKU or product code' },
  'records.expect.status': {
    ja: '確定、見積、プロフォーマ、注文確認',
    en: 'final, quote, proforma, order confirmation',
  },
};
