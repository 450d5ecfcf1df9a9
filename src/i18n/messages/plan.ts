/** Messages of the plan stage (plan.md, plan.docx) and of migrate, draft and preview. */
import type { Entry } from '../catalogue.js';

export const planMessages: Record<string, Entry> = {
  'plan.paragraphTooLong': {
    ja: 'この段落は {length} 文字あり、長すぎます（1 段落 {max} 文字まで）。',
    en: 'This paragraph is {length} characters long: too long (at most {max} a paragraph).',
  },
  'plan.paragraphTooLong.hint': {
    ja: '空行で段落に分けてください。審査担当者が読み通せる長さにまとめてください。',
    en: 'Split it into paragraphs with blank lines, and keep it to what a reviewer reads through.',
  },
  'plan.tooLong': {
    ja: '改善計画書の本文が合計 {length} 文字あり、長すぎます（{max} 文字まで）。',
    en: 'The plan holds {length} characters in all: too long (at most {max}).',
  },
  'plan.fileTooBig': {
    ja: '{file} が {size} バイトあり、大きすぎます（{max} バイトまで）。',
    en: '{file} is {size} bytes: too large (at most {max}).',
  },
  'plan.tooLong.hint': {
    ja: '各項目を要点にしぼってください（1 項目 1 ページ程度が目安です）。',
    en: 'Keep each section to the point (about a page each).',
  },
  'plan.encoding': {
    ja: '{file} を UTF-8 として読めません。',
    en: '{file} is not valid UTF-8.',
  },
  'plan.encoding.hint': {
    ja: 'エディターで {file} を「UTF-8」で保存し直してください。',
    en: 'Save {file} again as UTF-8 in your editor.',
  },
  'plan.otherLanguage': {
    ja: '{file} がないため、本文はケースの言語のまま入り、見出しや表の言語と混ざります。',
    en: "There is no {file}: the plan text stays in the case's language, unlike the report's headings and tables.",
  },
  'plan.otherLanguage.hint': {
    ja: '報告書の言語で書いた本文を {file} に置いてください（plan.md と同じ見出し）。',
    en: "Put the plan text written in the report's language in {file} (the same headings as plan.md).",
  },
  'plan.sources': {
    ja: '本文が複数の場所に書かれています: {places}',
    en: 'The plan text is written in more than one place: {places}',
  },
  'plan.sources.hint': {
    ja: 'plan.md と plan.docx のどちらか一方だけを残してください。',
    en: 'Keep only one of plan.md and plan.docx.',
  },
  'plan.sources.caseHint': {
    ja: 'evidence-pack migrate <フォルダー> で case.json の本文を plan.md に移すか、case.json の narrative を空にしてください。',
    en: 'Move the text out of case.json with evidence-pack migrate <dir>, or empty narrative in case.json.',
  },
  'plan.heading.unknown': {
    ja: '見出し「{heading}」はどの章にも当たりません。',
    en: 'The heading "{heading}" names no section.',
  },
  'plan.heading.unknown.hint': {
    ja: '章の見出しは次のいずれか（日本語・英語どちらでも可）、または末尾に {#章ID} を付けます:\n      {titles}',
    en: 'A section heading is one of these titles (Japanese or English), or ends with {#sectionId}:\n      {titles}',
  },
  'plan.heading.unknownId': {
    ja: '見出し「{heading}」の {#{id}} はこのケースの章 ID ではありません。',
    en: 'The heading "{heading}" has {#{id}}, which is not a section id of this case.',
  },
  'plan.heading.unknownId.hint': {
    ja: '使える章 ID: {ids}',
    en: 'Section ids: {ids}',
  },
  'plan.heading.level': {
    ja: '「# {heading}」は章の見出しになりません（章は「## 」で始めます）。',
    en: '"# {heading}" is not a section heading (sections start with "## ").',
  },
  'plan.heading.level.hint': {
    ja: '「# 」の見出しはファイルの先頭に一つだけ書けます。章は「## 章の題名」にしてください。',
    en: 'One "# " title is allowed at the top of the file; write sections as "## Section title".',
  },
  'plan.heading.duplicate': {
    ja: '「{titleJa}」の見出しが二回あります（最初は {first}）。',
    en: 'The section "{titleEn}" has a second heading (the first is at {first}).',
  },
  'plan.heading.duplicate.hint': {
    ja: '二つ目の見出しの本文を最初の見出しの下にまとめてください。',
    en: 'Move the text under the second heading to the first one and remove the second heading.',
  },
  'plan.heading.order': {
    ja: '「{titleJa}」は「{afterJa}」より前に置く章です。',
    en: 'The section "{titleEn}" comes before "{afterEn}" in the report.',
  },
  'plan.heading.order.hint': {
    ja: '章を報告書と同じ順番に並べ替えてください（evidence-pack draft が書く順番です）。',
    en: 'Put the sections in the order of the report (the order evidence-pack draft writes).',
  },
  'plan.textOutside': {
    ja: '最初の章の見出しより前に本文があります。',
    en: 'There is text before the first section heading.',
  },
  'plan.textOutside.hint': {
    ja: '本文は「## 章の題名」の下に書いてください。メモは <!-- --> で囲めば印刷されません。',
    en: 'Write text under a "## Section title" heading. Notes inside <!-- --> are never printed.',
  },
  'plan.unsupported': {
    ja: '報告書に印刷できない書式です（{what}）。',
    en: 'This formatting cannot be printed in the report ({what}).',
  },
  'plan.unsupported.hint': {
    ja: '使えるのは段落、「- 」の箇条書き、「1. 」の番号付きリスト、**太字**、「### 」の小見出し、| で区切った表です。',
    en: 'Use paragraphs, "- " bullets, "1. " numbered lists, **bold**, "### " subheadings and | pipe tables.',
  },
  'plan.toFill': {
    ja: '{marker} が残っています。',
    en: '{marker} is still in the text.',
  },
  'plan.toFill.hint': {
    ja: '{marker} の部分をご自身の内容に書き換えてください（下書きの確認だけなら build --draft や preview が使えます）。',
    en: 'Replace {marker} with your own text (build --draft and preview render a draft anyway).',
  },
  'plan.missing.empty.hint': {
    ja: '{file} の「## {titleJa}」の見出しの下に本文を書いてください。まだ何も書いていなければ、evidence-pack draft がデータから下書きを作ります。下書きとして出力するには build --draft を使います。',
    en: 'Write the text under the heading "## {titleEn}" in {file}. If nothing is written yet, evidence-pack draft writes a first draft from your data. Use build --draft to render a draft anyway.',
  },
  'plan.missing.hint': {
    ja: '{file} に「## {titleJa}」の見出しを置き、その下に本文を書いてください。下書きとして出力するには build --draft を使います。',
    en: 'Add the heading "## {titleEn}" to {file} with the text under it. Use build --draft to render a draft anyway.',
  },
  'migrate.done': {
    ja: 'case.json の本文を {file} に移しました（{count} 章）。',
    en: 'Moved the text of {count, plural, one {# section} other {# sections}} from case.json to {file}.',
  },
  'migrate.nothing': {
    ja: 'case.json に移す本文はありません。',
    en: 'case.json has no narrative text to move.',
  },
  'migrate.exists': {
    ja: '{file} がすでにあるため上書きしません。',
    en: '{file} already exists; it is not overwritten.',
  },
  'migrate.exists.hint': {
    ja: '{file} の名前を変えるか別の場所に移してから、もう一度実行してください。',
    en: 'Rename or move {file} away, then run migrate again.',
  },
  'migrate.changed': {
    ja: '章「{id}」は plan.md で書式が少し変わる可能性があります。',
    en: 'The section "{id}" may print slightly differently from plan.md.',
  },
  'migrate.changed.hint': {
    ja: 'evidence-pack build --draft で確認し、必要なら plan.md の該当箇所を直してください。',
    en: 'Check it with evidence-pack build --draft and adjust that part of plan.md if needed.',
  },
  'migrate.backup': {
    ja: '移す前の case.json は case.before-migrate.json に残しました。',
    en: 'The case.json as it was is kept as case.before-migrate.json.',
  },
  'plan.docx.tracked': {
    ja: '{file} に変更履歴が {count} 箇所残っています。',
    en: '{file} still has {count, plural, one {# tracked change} other {# tracked changes}}.',
  },
  'plan.docx.tracked.hint': {
    ja: 'Word の「校閲」→「承諾」または「元に戻す」で変更履歴をすべて解決し、保存し直してください。どちらの文を使うかは決められないため、読み込みません。',
    en: "In Word, accept or reject every tracked change (Review → Accept / Reject) and save again. Which text to use can't be guessed, so the file is not read.",
  },
  'plan.docx.comments': {
    ja: '{file} にコメントが {count} 件あります。',
    en: '{file} has {count, plural, one {# comment} other {# comments}}.',
  },
  'plan.docx.comments.hint': {
    ja: 'Word の「校閲」→「削除」でコメントをすべて削除してから保存し直してください（コメントは報告書に印刷されず、読み飛ばすと内容の確認漏れになります）。',
    en: 'Delete every comment in Word (Review → Delete → Delete All Comments) and save again; comments are never printed, and skipping them could hide an open question.',
  },
  'plan.docx.unreadable': {
    ja: '{file} を Word 文書として読めません（{detail}）。',
    en: '{file} cannot be read as a Word document ({detail}).',
  },
  'plan.docx.unreadable.hint': {
    ja: 'Word で開いて「Word 文書 (*.docx)」として保存し直してください。',
    en: 'Open it in Word and save it again as "Word Document (*.docx)".',
  },
  'preview.revision': { ja: 'プレビュー', en: 'preview' },
  'preview.rebuilt': {
    ja: 'プレビューを更新しました: {pdf}（{pages} ページ、{seconds} 秒。添付書類の原本は含みません。ページ番号は提出用と同じです）',
    en: 'Preview updated: {pdf} ({pages} pages, {seconds} s; the attached originals are left out, page numbers are those of the submission)',
  },
  'preview.new': { ja: '＋新しい指摘:', en: '+ new:' },
  'preview.resolved': { ja: '－解消:', en: '- resolved:' },
  'preview.watching': {
    ja: '{dir} の case.json・plan.md・records/・documents/ を見ています。保存するたびにプレビューを作り直します。',
    en: 'Watching case.json, plan.md, records/ and documents/ in {dir}; the preview is rebuilt on every save (Ctrl+C to stop).',
  },
};
