/** Messages of the publish area (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const publishMessages: Record<string, Entry> = {
  // Lock
  'publish.lock.held': {
    ja: '別のビルドがこのケースを使用中です（プロセス ID {pid}、ホスト {host}、開始 {started}、コマンド「{command}」）。',
    en: 'Another build is using this case (pid {pid} on {host}, started {started}, command "{command}").',
  },
  'publish.lock.unreadable': {
    ja: '別の処理がこのケースのロックを取得中です。',
    en: 'Another process is taking the lock of this case.',
  },
  'publish.lock.hint': {
    ja: 'その処理が終わるのを待ってから再実行してください。処理が残っていないのにこのメッセージが続く場合は {file} を削除してください。',
    en: 'Wait until it finishes and run again. If no such process is running any more, delete {file}.',
  },
  // Writing revisions
  'publish.verifyFailed': {
    ja: '書き込んだファイルを読み直した結果が一致しません: {file}（改訂版は作成されていません）',
    en: 'A file read back differs from what was written: {file} (no revision was made)',
  },
  'publish.manifest.missing': {
    ja: 'マニフェストがありません: {file}',
    en: 'The manifest is missing: {file}',
  },
  'publish.manifest.missing.hint': {
    ja: '改訂版フォルダーは書き込み後に変更してはいけません。バックアップから復元してください。',
    en: 'Revision folders must not be changed once written; restore it from a backup.',
  },
  'publish.manifest.bad': {
    ja: 'マニフェストが JSON として読めません: {file}',
    en: 'The manifest is not readable JSON: {file}',
  },
  'publish.identical.latest': {
    ja: '入力（case.json、すべての入力ファイル、オプション）が最新の改訂版 {revision} と同一です。同じ内容の改訂版は作成しません。',
    en: 'The inputs (case.json, every input file, the options) are identical to the latest revision {revision}; no identical revision is made.',
  },
  'publish.identical.submitted': {
    ja: '入力（case.json、すべての入力ファイル、オプション）が {date} に提出した {revision} と同一です。Amazon は変更のない再提出を却下します。',
    en: 'The inputs (case.json, every input file, the options) are identical to {revision}, submitted on {date}. Amazon rejects a package sent again unchanged.',
  },
  'publish.identical.rejected': {
    ja: '入力（case.json、すべての入力ファイル、オプション）が {date} に却下された {revision} と同一です。Amazon は変更のない再提出を却下します。',
    en: 'The inputs (case.json, every input file, the options) are identical to {revision}, rejected on {date}. Amazon rejects a package sent again unchanged.',
  },
  'publish.identical.accepted': {
    ja: '入力（case.json、すべての入力ファイル、オプション）が {date} に承認された {revision} と同一です。',
    en: 'The inputs (case.json, every input file, the options) are identical to {revision}, accepted on {date}.',
  },
  'publish.identical.hint': {
    ja: 'Amazon の指摘に case.json の rejectionAnswers で回答し、説明や証拠を改善してから再度ビルドしてください。それでも作成する場合は --force を付けてください。',
    en: "Answer Amazon's points in case.json rejectionAnswers and improve the text or evidence, then build again; to build anyway, add --force.",
  },
  // Correspondence log
  'publish.log.truncated': {
    ja: 'やり取りの記録の最終行が途中で切れています。',
    en: 'The last line of the correspondence log is cut off.',
  },
  'publish.log.badLine': {
    ja: 'やり取りの記録の行が読めません。',
    en: 'A line of the correspondence log is not readable.',
  },
  'publish.log.chain': {
    ja: 'やり取りの記録が改ざんされています: この行の前の行のハッシュが一致しません。',
    en: 'The correspondence log was altered: the hash of the line before this one does not match.',
  },
  'publish.log.broken.hint': {
    ja: 'submissions/correspondence.jsonl を修正するか、バックアップから復元してください。',
    en: 'Repair submissions/correspondence.jsonl or restore it from a backup.',
  },
  'publish.reject.notSubmitted': {
    ja: '改訂版 {revision} は提出済みとして記録されていません。提出していない改訂版は却下されません。',
    en: 'Revision {revision} was never marked submitted; Amazon cannot have rejected it.',
  },
  'publish.reject.notSubmitted.hint': {
    ja: '提出した日に evidence-pack submitted --rev {revision} を記録してから却下を記録してください。記録し忘れただけなら --force を付けてください。',
    en: 'Record the submission first (evidence-pack submitted --rev {revision}); if you only forgot to, add --force.',
  },
  'publish.reject.beforeBuild': {
    ja: '却下の日付 {date} が、改訂版 {revision} を作成した日 {built} より前です。',
    en: 'The rejection date {date} is before revision {revision} was built ({built}).',
  },
  'publish.reject.beforeBuild.hint': {
    ja: '--date に Amazon から却下の連絡を受けた日を指定するか、--rev で却下された改訂版を指定してください。',
    en: "Give --date the day Amazon's rejection arrived, or --rev the revision it rejected.",
  },
  'publish.rev.none': {
    ja: 'このケースにはまだ改訂版がありません。',
    en: 'This case has no revision yet.',
  },
  'publish.rev.none.hint': {
    ja: '先に evidence-pack build を実行してください。',
    en: 'Run evidence-pack build first.',
  },
  'publish.rev.unknown': {
    ja: '改訂版 {revision} はありません。',
    en: 'There is no revision {revision}.',
  },
  'publish.rev.list': {
    ja: 'ある改訂版: {revisions}',
    en: 'Revisions: {revisions}',
  },
  'publish.message.required': {
    ja: '--message で Amazon からのメッセージ（ファイル、または標準入力なら -）を指定してください。',
    en: "Give Amazon's message with --message (a file, or - for standard input).",
  },
  'publish.message.notFound': {
    ja: 'メッセージのファイルが読めません: {file}',
    en: 'The message file cannot be read: {file}',
  },
  'publish.message.empty': {
    ja: 'メッセージが空です。',
    en: 'The message is empty.',
  },
  'publish.message.empty.hint': {
    ja: 'Amazon からのメッセージをそのまま貼り付けたテキストファイルを指定してください。',
    en: "Give a text file holding Amazon's message as received.",
  },
  'publish.date.bad': {
    ja: '--date は YYYY-MM-DD 形式の実在する日付です（指定値: {value}）。',
    en: '--date is a real date written YYYY-MM-DD (given: {value}).',
  },
  'publish.recorded': {
    ja: '{revision} に「{status}」（{date}）を記録しました。',
    en: 'Recorded "{status}" ({date}) for {revision}.',
  },
  'publish.recorded.points': {
    ja: '指摘 {count} 件。case.json の rejectionAnswers で各指摘に回答してください:',
    en: '{count, plural, one {# point} other {# points}}. Answer each in case.json rejectionAnswers:',
  },
  'publish.status.built': { ja: '未提出', en: 'not submitted' },
  'publish.status.submitted': { ja: '提出済み', en: 'submitted' },
  'publish.status.rejected': { ja: '却下', en: 'rejected' },
  'publish.status.accepted': { ja: '承認', en: 'accepted' },
  // check
  'publish.rejection.unanswered': {
    ja: '{date} の却下の指摘 {n} に回答がありません: 「{point}」',
    en: 'Point {n} of the rejection of {date} is not answered: "{point}"',
  },
  'publish.rejection.unanswered.hint': {
    ja: 'case.json の rejectionAnswers に {"point": "{n}", "answer": "…"} を追加してください。',
    en: 'Add {"point": "{n}", "answer": "…"} to case.json rejectionAnswers.',
  },
  // history / diff / verify output
  'publish.history.header': {
    ja: '改訂版\tビルド日\tページ\t指摘事項\tAmazon の状況',
    en: 'revision\tbuilt\tpages\tfindings\tAmazon',
  },
  'publish.history.none': {
    ja: '改訂版はまだありません。',
    en: 'No revisions yet.',
  },
  'publish.diff.needTwo': {
    ja: '比較するには改訂版が 2 つ必要です。',
    en: 'Two revisions are needed for a diff.',
  },
  'publish.snapshot.missing': {
    ja: '{revision} に inputs.json がないため比較できません。',
    en: '{revision} has no inputs.json; it cannot be compared.',
  },
  'publish.diff.title': {
    ja: '{from} → {to} の変更点',
    en: 'Changes from {from} to {to}',
  },
  'publish.diff.none': { ja: '変更はありません。', en: 'Nothing changed.' },
  'publish.verify.ok': {
    ja: '{count} 件の改訂版のハッシュとチェーンを確認しました。すべて一致しています。',
    en: 'Checked the hashes and the chain of {count, plural, one {# revision} other {# revisions}}: all match.',
  },
  'publish.verify.manifest': {
    ja: 'マニフェストが書き込み時の形と異なります（変更されています）: {file}',
    en: 'The manifest differs from the form it was written in (it was changed): {file}',
  },
  'publish.verify.missing': {
    ja: 'マニフェストに記載されたファイルがありません: {file}',
    en: 'A file listed in the manifest is missing: {file}',
  },
  'publish.verify.notFile': {
    ja: '{file} は書き出したファイルではなく、リンクまたは特殊なファイルに置き換えられています。',
    en: '{file} is no longer the file that was written: it was replaced by a link or a special file.',
  },
  'publish.verify.mismatch': {
    ja: 'ファイルが作成後に変更されています（SHA-256 が一致しません）: {file}',
    en: 'A file was changed after it was written (SHA-256 does not match): {file}',
  },
  'publish.verify.mismatch.hint': {
    ja: '提出済みの改訂版は変更してはいけません。バックアップから元のファイルを復元してください。',
    en: 'Submitted revisions must never be changed; restore the original file from a backup.',
  },
  'publish.verify.extra': {
    ja: 'マニフェストにないファイルが改訂版に追加されています: {file}',
    en: 'A file not in the manifest was added to the revision: {file}',
  },
  'publish.verify.chainMissing': {
    ja: 'マニフェストの前の改訂版の記載が一致しません（期待: {previous}）: {file}',
    en: 'The manifest does not name the previous revision {previous}: {file}',
  },
  'publish.verify.chain': {
    ja: 'マニフェストが変更されています（{next} に記録された SHA-256 と一致しません）: {file}',
    en: 'The manifest was changed (its SHA-256 does not match the one recorded in {next}): {file}',
  },
  'publish.verify.logged': {
    ja: 'マニフェストが変更されています（やり取りの記録の {line} 行目に記録された SHA-256 と一致しません）: {file}',
    en: 'The manifest was changed (its SHA-256 does not match the one recorded on line {line} of the correspondence log): {file}',
  },
  // Fixed text of the changes section of the report
  'publish.changes.title': {
    ja: '前回提出からの変更点',
    en: 'Changes since the previous submission',
  },
  'publish.changes.previousSubmitted': {
    ja: '前回の提出：{revision}（{date} 提出）',
    en: 'Previous submission: {revision}, submitted on {date}',
  },
  'publish.changes.previousBuilt': {
    ja: '前回の改訂版：{revision}（{date} 作成）',
    en: 'Previous revision: {revision}, built on {date}',
  },
  'publish.changes.rejected': {
    ja: 'Amazon からの回答（{date} 却下）と当社の回答',
    en: "Amazon's response (rejected on {date}) and our answers",
  },
  'publish.changes.accepted': {
    ja: 'Amazon からの回答（{date} 承認）',
    en: "Amazon's response (accepted on {date})",
  },
  'publish.changes.point': { ja: '指摘 {n}', en: 'Point {n}' },
  'publish.changes.answer': { ja: '当社の回答', en: 'Our answer' },
  'publish.changes.unanswered': { ja: '（未回答）', en: '(not answered)' },
  'publish.changes.sections': {
    ja: '内容を変更したセクション',
    en: 'Sections whose text changed',
  },
  'publish.changes.section.added': { ja: '追加', en: 'added' },
  'publish.changes.section.removed': { ja: '削除', en: 'removed' },
  'publish.changes.section.changed': { ja: '変更', en: 'changed' },
  'publish.changes.documentsAdded': { ja: '追加した書類', en: 'Documents added' },
  'publish.changes.documentsRemoved': { ja: '削除した書類', en: 'Documents removed' },
  'publish.changes.documentsChanged': { ja: '差し替えた書類', en: 'Documents replaced' },
  'publish.changes.numbers': {
    ja: 'ASIN ごとの数値の変更',
    en: 'Per-ASIN numbers that changed',
  },
  'publish.changes.before': { ja: '前回', en: 'Before' },
  'publish.changes.after': { ja: '今回', en: 'Now' },
  'publish.changes.field.invoiced': { ja: '請求書の数量', en: 'Invoiced' },
  'publish.changes.field.received': { ja: '受領数', en: 'Received' },
  'publish.changes.field.sold': { ja: '販売数', en: 'Sold' },
  'publish.changes.field.returned': { ja: '返品数', en: 'Returned' },
  'publish.changes.field.qualityReturns': { ja: '品質関連の返品', en: 'Quality returns' },
  'publish.changes.field.counterfeitMentions': {
    ja: '偽物の指摘',
    en: 'Counterfeit mentions',
  },
  'publish.changes.field.returnRate': { ja: '返品率', en: 'Return rate' },
  'publish.changes.field.coverage': { ja: '請求書の充足率', en: 'Invoice coverage' },
  'publish.changes.findingsResolved': { ja: '解消した問題', en: 'Findings resolved' },
  'publish.changes.findingsNew': { ja: '新たに見つかった問題', en: 'New findings' },
  'publish.changes.actionsAdded': { ja: '新たに実施した対策', en: 'Actions taken since' },
  'publish.changes.language': {
    ja: 'この改訂版は前回（{before}）と同じ内容を{after}で作成したものです。',
    en: 'This revision is the previous one ({before}) written in {after}.',
  },
  'publish.language.ja': { ja: '日本語', en: 'Japanese' },
  'publish.language.en': { ja: '英語', en: 'English' },
  'publish.diff.recordsAdded': { ja: '追加した記録ファイル', en: 'Record files added' },
  'publish.diff.recordsRemoved': { ja: '削除した記録ファイル', en: 'Record files removed' },
  'publish.diff.recordsChanged': { ja: '内容が変わった記録ファイル', en: 'Record files changed' },
  'publish.diff.answers': { ja: '変更した回答', en: 'Answers changed' },
  'publish.unchanged': {
    ja: '{revision} から何も変わっていないため、何も書き出しませんでした（{revision}: {pdf}）。作り直す場合は --force を付けてください。',
    en: 'Nothing changed since {revision}, so nothing was written ({revision}: {pdf}). To build again anyway, add --force.',
  },
  'publish.changes.nothing': {
    ja: '前回から内容の変更はありません。',
    en: 'Nothing changed since the previous submission.',
  },
  'publish.changes.nothingButAnswers': {
    ja: '上記の回答のほかに、前回からの変更はありません。',
    en: 'Apart from the answers above, nothing changed since the previous submission.',
  },
  'publish.changes.correspondence': {
    ja: 'Amazon とのやり取りの履歴',
    en: 'Correspondence with Amazon',
  },

  'publish.verify.claim': {
    ja: '{file} の記載（{what}）がファイルと一致しません。',
    en: 'What {file} says ({what}) does not match the files.',
  },
  'publish.verify.hashSize': {
    ja: 'SHA-256 {sha}（{size} バイト）',
    en: 'SHA-256 {sha} ({size, plural, one {# byte} other {# bytes}})',
  },
};
