/** Messages of the assemble area (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const assembleMessages: Record<string, Entry> = {
  // document kinds
  'assemble.kind.invoice': { ja: '請求書', en: 'Invoice' },
  'assemble.kind.delivery-note': { ja: '納品書', en: 'Delivery note' },
  'assemble.kind.letter': { ja: '書簡', en: 'Letter' },
  'assemble.kind.photo': { ja: '写真', en: 'Photo' },
  'assemble.kind.inspection': { ja: '検品記録', en: 'Inspection record' },
  'assemble.kind.other': { ja: 'その他の資料', en: 'Other document' },

  // metadata
  'assemble.meta.title': { ja: '改善計画書（{store}）', en: 'Plan of action ({store})' },
  'assemble.meta.subject': { ja: '{type}（{marketplace}）', en: '{type} ({marketplace})' },

  // outline
  'assemble.outline.evidence': { ja: '証拠書類', en: 'Evidence' },
  'assemble.outline.document': { ja: '{label} {kind} {name}', en: '{label} {kind} {name}' },

  // separator page
  'assemble.sep.title': { ja: '証拠書類 {label}', en: 'Evidence {label}' },
  'assemble.sep.kind': { ja: '種類', en: 'Kind' },
  'assemble.sep.description': { ja: '内容', en: 'Description' },
  'assemble.sep.supplier': { ja: '仕入先', en: 'Supplier' },
  'assemble.sep.invoiceNumber': { ja: '書類番号', en: 'Document number' },
  'assemble.sep.date': { ja: '発行日', en: 'Issue date' },
  'assemble.sep.covers': { ja: '対象 ASIN と数量', en: 'ASINs and quantities' },
  'assemble.sep.file': { ja: '元のファイル名', en: 'Original file name' },
  'assemble.sep.sha256': { ja: 'SHA-256', en: 'SHA-256' },
  'assemble.sep.pages': { ja: '本 PDF 内のページ', en: 'Pages in this PDF' },
  'assemble.sep.pdf': {
    ja: '次の {n} ページに、元の書類を一切手を加えずにそのまま収録しています。',
    en: 'The original document is reproduced unaltered on the following {n, plural, one {page} other {# pages}}.',
  },
  'assemble.sep.image': {
    ja: '次のページに元の画像を収録しています。ページに合わせて拡大・縮小し、撮影時の向きに合わせて配置しました。位置情報・カメラ情報などのメタデータは削除しましたが、画素には手を加えていません。',
    en: 'The original image is reproduced on the following page, scaled to fit and turned upright as recorded by the camera. Location and camera metadata were removed; the pixels are unchanged.',
  },
  'assemble.sep.animated': {
    ja: 'アニメーション GIF（{frames} コマ）のため、最初のコマのみを収録しています。',
    en: 'Animated GIF ({frames} frames): only the first frame is shown.',
  },
  'assemble.sep.redacted': {
    ja: '価格の記載のみを黒塗りで削除しました（{pages} ページ目）。それ以外には手を加えていません。黒塗りしたページは画像として収録しています。元のファイル（上記 SHA-256）は変更していません。',
    en: 'Prices only were removed by black boxes ({count, plural, one {page} other {pages}} {pages}); nothing else was changed. Redacted pages are reproduced as images. The original file (SHA-256 above) is unchanged.',
  },
  'assemble.sep.redactedImage': {
    ja: '価格の記載のみを黒塗りで削除しました。それ以外には手を加えていません。元のファイル（上記 SHA-256）は変更していません。',
    en: 'Prices only were removed by black boxes; nothing else was changed. The original file (SHA-256 above) is unchanged.',
  },
  'assemble.footer.page': { ja: '{page} / {total}', en: '{page} / {total}' },

  // errors about documents
  'assemble.doc.encrypted': {
    ja: '{file} は暗号化（パスワード保護）された PDF です。暗号化された PDF は結合できず、審査担当者も開けないおそれがあります。',
    en: '{file} is an encrypted (password-protected) PDF. It cannot be attached, and a reviewer may not be able to open it.',
  },
  'assemble.doc.encrypted.hint': {
    ja: '暗号化を解除したコピーを作ってください: `qpdf --decrypt "{file}" 解除後.pdf`（パスワードがある場合は --password=… を追加）。または PDF ビューアで開いて「PDF として印刷」で保存し直し、case.json の documents のファイル名を差し替えてください。',
    en: 'Make a decrypted copy: `qpdf --decrypt "{file}" decrypted.pdf` (add --password=… if it has one), or open it in a PDF viewer and "print to PDF"; then point case.json documents[].file at the copy.',
  },
  'assemble.doc.truncated': {
    ja: '{file} は途中で切れた PDF です（{detail}）。',
    en: '{file} is a truncated PDF ({detail}).',
  },
  'assemble.doc.corrupt': {
    ja: '{file} は壊れた PDF です（{detail}）。',
    en: '{file} is a damaged PDF ({detail}).',
  },
  'assemble.doc.stream': {
    ja: '{file} の {page} ページ目の内容が壊れています（{detail}）。',
    en: 'The content of page {page} of {file} is damaged ({detail}).',
  },
  'assemble.doc.loop': {
    ja: '{file} のページ構造が循環しています（{detail}）。',
    en: 'The page tree of {file} loops ({detail}).',
  },
  'assemble.doc.noPages': {
    ja: '{file} にはページがありません。',
    en: '{file} has no pages.',
  },
  'assemble.doc.qpdf': {
    ja: '{file} は qpdf --check で破損と判定されました（{detail}）。',
    en: 'qpdf --check finds {file} damaged ({detail}).',
  },
  'assemble.doc.damaged.hint': {
    ja: '元の入手先（仕入先のメール・サイト）からもう一度ダウンロードするか、仕入先に再発行を依頼してください。PDF ビューアで開ける場合は「PDF として印刷」で保存し直したものを使ってください。',
    en: 'Download it again from where it came from (the supplier e-mail or site) or ask the supplier to issue it again; if a PDF viewer can open it, "print to PDF" and use that copy.',
  },
  'assemble.doc.xfa': {
    ja: '{file} は動的な XFA フォームの PDF です。Adobe Reader 以外では「お待ちください」だけの白紙に見えます。',
    en: '{file} is a dynamic XFA form; outside Adobe Reader it shows only a "please wait" page.',
  },
  'assemble.doc.xfa.hint': {
    ja: 'Adobe Acrobat Reader で開き、「PDF として印刷」で保存し直したものを使ってください。',
    en: 'Open it in Adobe Acrobat Reader, "print to PDF", and use that copy.',
  },
  'assemble.doc.mismatch': {
    ja: '{file} の中身は {found} で、拡張子（{expected}）と一致しません。',
    en: '{file} contains {found}, not what its extension says ({expected}).',
  },
  'assemble.doc.mismatch.hint': {
    ja: 'ファイル名の拡張子を中身に合わせて直すか、正しいファイルに差し替えてください（受理できる形式: PDF, JPG, PNG, GIF）。',
    en: 'Rename the file so that its extension matches its content, or replace it with the right file (accepted: PDF, JPG, PNG, GIF).',
  },
  'assemble.doc.unsupported': {
    ja: '{file} は {found} 形式です。Amazon に提出できる形式は PDF, JPG, PNG, GIF です。',
    en: '{file} is a {found} file. Amazon accepts PDF, JPG, PNG and GIF.',
  },
  'assemble.doc.unsupported.hint': {
    ja: '画像ソフトで JPG（写真）または PDF に書き出してから、case.json の documents のファイル名を差し替えてください（iPhone の HEIC は「設定 > カメラ > フォーマット > 互換性優先」で JPG になります）。',
    en: 'Export it as JPG (photos) or PDF with an image program and point case.json documents[].file at the new file (iPhone HEIC: Settings > Camera > Formats > Most Compatible gives JPG).',
  },
  'assemble.doc.badImage': {
    ja: '{file} の画像が壊れています（{detail}）。',
    en: 'The image {file} is damaged ({detail}).',
  },
  'assemble.doc.animated': {
    ja: '{file} はアニメーション GIF（{frames} コマ）です。PDF には最初のコマだけが入ります。',
    en: '{file} is an animated GIF ({frames} frames); only the first frame goes into the PDF.',
  },
  'assemble.doc.animated.hint': {
    ja: '別のコマも見せたい場合は、それぞれを PNG か JPG で書き出して documents に追加してください。',
    en: 'To show other frames, export each as PNG or JPG and add them to documents.',
  },
  'assemble.doc.imageTooLarge': {
    ja: '{file} は {width} × {height} ピクセルで、大きすぎて PDF に入れられません。',
    en: '{file} is {width} × {height} pixels, too large to place in the PDF.',
  },
  'assemble.doc.imageTooLarge.hint': {
    ja: '長辺 4000 ピクセル程度に縮小して保存し直すか、300 dpi 以下でスキャンし直してください。',
    en: 'Save it again at about 4000 pixels on the long side, or scan again at 300 dpi or less.',
  },
  'assemble.doc.pageCount': {
    ja: '{file} の {expected} ページのうち {found} ページしか結合されませんでした。',
    en: 'Only {found} of the {expected} pages of {file} were attached.',
  },
  'assemble.doc.unreadable': {
    ja: '{file} を読めません（{detail}）。',
    en: '{file} cannot be read ({detail}).',
  },
  'assemble.redact.page': {
    ja: '{file} の黒塗り指定のページ {page} は存在しません（全 {pages} ページ）。',
    en: '{file} has no page {page} to redact (it has {pages} pages).',
  },
  'assemble.redact.outside': {
    ja: '{file} の黒塗り指定の範囲がページ／画像の外にあります。',
    en: 'The redaction box for {file} lies outside the page or image.',
  },
  'assemble.redact.hint': {
    ja: 'PDF はページ左下からのポイント、画像は見た目どおりの向きで左上からのピクセルで指定してください。',
    en: 'Give PDF boxes in points from the bottom-left corner of the page, image boxes in pixels from the top-left of the upright image.',
  },
  'assemble.redact.tool': {
    ja: '価格の黒塗りには poppler-utils の pdftoppm が必要ですが、見つかりません。',
    en: 'Redacting prices in a PDF needs pdftoppm (poppler-utils), which was not found.',
  },
  'assemble.redact.tool.hint': {
    ja: 'poppler-utils をインストールしてください（Debian/Ubuntu: sudo apt-get install poppler-utils、macOS: brew install poppler）。',
    en: 'Install poppler-utils (Debian/Ubuntu: sudo apt-get install poppler-utils; macOS: brew install poppler).',
  },
  'assemble.fixpoint': {
    ja: 'ページ番号が確定しませんでした（{detail}）。',
    en: 'Page numbers did not settle ({detail}).',
  },
  'assemble.upload.tooBig': {
    ja: '{label}（{file}）だけで {size} MiB あり、上限 {limit} MiB を超えます。',
    en: '{label} ({file}) alone is {size} MiB, above the limit of {limit} MiB.',
  },
  'assemble.upload.tooBig.hint': {
    ja: '書類を縮小（スキャン解像度を下げる等）するか、case.json の build.uploadLimitMiB を見直してください。',
    en: 'Make the document smaller (e.g. scan at a lower resolution) or review build.uploadLimitMiB in case.json.',
  },

  'assemble.content.zip': {
    ja: 'ZIP（オフィス文書または圧縮ファイル）',
    en: 'ZIP (Office document or archive)',
  },
  'assemble.content.unknown': { ja: '不明な形式のデータ', en: 'unknown data' },
  'assemble.redact.inside': { ja: '{w} × {h} の内側', en: 'inside {w} × {h}' },
};
