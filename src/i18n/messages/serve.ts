/** Messages of the review page's server and the serve command (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const serveMessages: Record<string, Entry> = {
  'serve.listening': {
    ja: 'レビュー画面を開くには、ブラウザーで次のアドレスを開いてください（Ctrl-C で終了）:\n{url}',
    en: 'Open the review page in your browser (Ctrl-C stops it):\n{url}',
  },
  'serve.stopped': { ja: 'レビュー画面を終了しました。', en: 'The review page has stopped.' },
  'serve.portBusy': {
    ja: 'ポート {port} は他のプログラムが使用中です。',
    en: 'Port {port} is already in use by another program.',
  },
  'serve.portBusy.hint': {
    ja: '別の番号を --port で指定するか、--port を付けずに起動して空いているポートを使ってください。',
    en: 'Choose another number with --port, or leave --port out to use a free port.',
  },
  'serve.badPort': {
    ja: '--port の値「{value}」はポート番号ではありません。',
    en: '--port "{value}" is not a port number.',
  },
  'serve.badPort.hint': {
    ja: '1〜65535 の整数を指定してください（省略すると空いているポートを使います）。',
    en: 'Give a whole number from 1 to 65535 (or leave --port out to use a free port).',
  },
  'serve.listenFailed': {
    ja: '127.0.0.1:{port} で待ち受けできませんでした（{reason}）。',
    en: 'Could not listen on 127.0.0.1:{port} ({reason}).',
  },
  'serve.unauthorized': {
    ja: 'このページを開くには、`evidence-pack serve` を起動したときに表示されたアドレス（token= を含むもの）を開いてください。',
    en: 'To open this page, use the address serve printed when it started (the one with token=).',
  },
  'serve.forbiddenHost': {
    ja: 'このサーバーは 127.0.0.1、`localhost`、[::1] のアドレスでだけ応答します（受け取った Host: {host}）。',
    en: 'This server answers only on 127.0.0.1, localhost or [::1] (Host received: {host}).',
  },
  'serve.forbiddenOrigin': {
    ja: '変更はレビュー画面自身からだけ受け付けます（受け取った Origin: {origin}）。',
    en: 'Changes are accepted only from the review page itself (Origin received: {origin}).',
  },
  'serve.notFound': { ja: '見つかりません: {path}', en: 'Not found: {path}' },
  'serve.methodNotAllowed': {
    ja: '{path} には {method} を使えません。',
    en: '{method} is not allowed on {path}.',
  },
  'serve.tooLarge': {
    ja: '送られた内容が大きすぎます（上限 {max} バイト）。',
    en: 'The request is too large (at most {max} bytes).',
  },
  'serve.notJson': {
    ja: '送られた内容は JSON（Content-Type: application/json）でなければなりません。',
    en: 'The request must be JSON (Content-Type: application/json).',
  },
  'serve.badJson': {
    ja: '送られた JSON を読めません: {reason}',
    en: 'The JSON sent cannot be read: {reason}',
  },
  'serve.badBody': {
    ja: '送られた内容の {path} が正しくありません（期待: {expected}）。',
    en: 'The request is wrong at {path} (expected: {expected}).',
  },
  'serve.unknownSection': {
    ja: '「{id}」はこのケースの章ではありません。',
    en: '"{id}" is not a section of this case.',
  },
  'serve.planDocx': {
    ja: '本文は plan.docx（Word）に書かれているため、この画面では保存できません。Word で編集して保存すると、この画面に反映されます。',
    en: 'The text is written in plan.docx (Word), so it cannot be saved here. Edit it in Word and save; this page then shows the change.',
  },
  'serve.planCase': {
    ja: '本文は case.json の narrative に書かれているため、この画面では保存できません。先に「evidence-pack migrate」で plan.md に移してください。',
    en: 'The text is written in the narrative of case.json, so it cannot be saved here. Move it to plan.md first with "evidence-pack migrate".',
  },
  'serve.planUnreadable': {
    ja: '{file} を読めないため、この画面では保存できません。指摘の一覧に理由があります。先に直してください。',
    en: '{file} cannot be read, so nothing can be saved here. The findings say why; fix that first.',
  },
  'serve.headingInSource': {
    ja: '{line} 行目の見出し「{heading}」は新しい章を始めてしまいます。章の中の見出しは ### を使ってください。',
    en: 'The heading "{heading}" on line {line} would start a new section. Use ### for headings inside a section.',
  },
  'serve.conflict': {
    ja: 'この章は、編集を始めた後に別の画面またはエディターで保存されています。現在の内容を確認してから、もう一度保存してください。',
    en: 'This section was saved elsewhere (another tab or an editor) after you started editing. Check its current text, then save again.',
  },
  'serve.buildRunning': {
    ja: '作成中の版があります。終わるまでお待ちください。',
    en: 'A build is already running. Wait until it finishes.',
  },
  'serve.buildDone': {
    ja: '{revision} を作成しました（{pages} ページ）。',
    en: '{revision} was built ({pages} pages).',
  },
  'serve.buildUnknown': {
    ja: '作成の記録「{job}」はありません。',
    en: 'There is no build "{job}".',
  },
  'serve.previewMissing': {
    ja: 'プレビューの PDF はまだありません。',
    en: 'There is no preview PDF yet.',
  },
  'serve.previewPage': {
    ja: 'プレビューに {page} ページ目はありません。',
    en: 'The preview has no page {page}.',
  },
  'serve.popplerMissing': {
    ja: 'ページの画像を作るための pdftoppm が見つかりません。poppler-utils をインストールしてください（例: `sudo apt-get install poppler-utils`、macOS は `brew install poppler`）。',
    en: 'pdftoppm, which draws the page images, is not installed. Install poppler-utils (for example `sudo apt-get install poppler-utils`, or `brew install poppler` on macOS).',
  },
  'serve.internal': {
    ja: 'サーバー内部で問題が起きました: {reason}',
    en: 'Something went wrong inside the server: {reason}',
  },
};
