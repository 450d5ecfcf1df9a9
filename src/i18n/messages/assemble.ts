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
    ja: '{file} はアニメーション画像（{frames} コマ）です。PDF には最初のコマだけが入ります。',
    en: '{file} is an animated image ({frames} frames); only the first frame goes into the PDF.',
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
  'assemble.doc.needsQpdf': {
    ja: '{file} には追記（増分更新）があり、ビューアと同じ読み方をするには qpdf が必要ですが、見つかりません。',
    en: '{file} has incremental updates; reading it as viewers do needs qpdf, which was not found.',
  },
  'assemble.doc.needsQpdf.hint': {
    ja: 'qpdf をインストールしてください（Debian/Ubuntu: `sudo apt-get install qpdf`、macOS: `brew install qpdf`）。',
    en: 'Install qpdf (Debian/Ubuntu: `sudo apt-get install qpdf`, macOS: `brew install qpdf`).',
  },
  'assemble.doc.bomb.page': {
    ja: '{file} の {page} ページ目の内容（オブジェクト {object}、フィルター {filters}）は展開すると {limit} を超えます。圧縮爆弾の可能性があり、閲覧ソフトが止まるおそれがあるため結合できません。',
    en: 'The content of page {page} of {file} (object {object}, filters {filters}) expands to more than {limit}: a decompression bomb that could stop a viewer, so it cannot be attached.',
  },
  'assemble.doc.bomb.image': {
    ja: '{file} の画像（オブジェクト {object}、フィルター {filters}）は展開すると画像の大きさから決まる {limit} を超えます。圧縮爆弾の可能性があるため結合できません。',
    en: 'An image in {file} (object {object}, filters {filters}) expands to more than the {limit} its size allows: a decompression bomb, so it cannot be attached.',
  },
  'assemble.doc.bomb.object': {
    ja: '{file} のデータ（オブジェクト {object}、フィルター {filters}）は展開すると {limit} を超えます。圧縮爆弾の可能性があるため結合できません。',
    en: 'Data in {file} (object {object}, filters {filters}) expands to more than {limit}: a decompression bomb, so it cannot be attached.',
  },

  'assemble.doc.pdfImageTooLarge': {
    ja: '{file} の画像（オブジェクト {object}）は {width} × {height} ピクセルで、上限の {limit} 百万ピクセルを超えます。',
    en: 'An image in {file} (object {object}) is {width} × {height} pixels, more than the {limit} million allowed.',
  },
  'assemble.doc.pdfImageTooLarge.hint': {
    ja: '300 dpi 程度でスキャンし直すか、PDF ビューアの「PDF として印刷」で保存し直したものを使ってください。',
    en: 'Scan it again at about 300 dpi, or "print to PDF" from a viewer and use that copy.',
  },
  'assemble.doc.codec.onPage': {
    ja: '{page} ページ目の',
    en: 'An image on page {page} of',
  },
  'assemble.doc.codec.onNoPage': {
    ja: 'どのページにも使われていない',
    en: 'An image used on no page of',
  },
  'assemble.doc.codec.size': {
    ja: '{file} の {where}画像（オブジェクト {object}）は、{what} で {width} × {height} ピクセルを宣言しており、上限の {limit} 百万ピクセルを超えます。閲覧ソフトはこの大きさでメモリを確保するため、結合できません。',
    en: '{where} {file} (object {object}) declares {width} × {height} pixels in its {what}, more than the {limit} million allowed; viewers allocate memory by that size, so it cannot be attached.',
  },
  'assemble.doc.codec.mismatch': {
    ja: '{file} の {where}画像（オブジェクト {object}）は、{what} では {width} × {height} ピクセルですが、画像の辞書（または JP2 ヘッダー）では {dw} × {dh} ピクセルです。閲覧ソフトは前者に従って表示するため（または何も表示しないため）、結合できません。',
    en: '{where} {file} (object {object}) is {width} × {height} pixels by its {what} but {dw} × {dh} by its image dictionary (or JP2 header); viewers go by the former (or show nothing), so it cannot be attached.',
  },
  'assemble.doc.codec.tiles': {
    ja: '{file} の {where}画像（オブジェクト {object}、{width} × {height} ピクセル）は、{what} で {count} 個のタイルを宣言しています（JPEG 2000 で番号を付けられるのは 65,535 個まで）。結合できません。',
    en: '{where} {file} (object {object}, {width} × {height} pixels) declares {count} tiles in its {what}; JPEG 2000 can number at most 65,535, so it cannot be attached.',
  },
  'assemble.doc.codec.samples': {
    ja: '{file} の {where}画像（オブジェクト {object}）は、{what} で {width} × {height} ピクセルに {count} 個の色成分を宣言しており、閲覧ソフトが確保するメモリが上限を超えます。結合できません。',
    en: '{where} {file} (object {object}) declares {count} colour components of {width} × {height} pixels in its {what}; viewers would allocate them all, more than allowed, so it cannot be attached.',
  },
  'assemble.doc.geometry.mediaBad': {
    ja: '{file} の {page} ページ目の大きさ（/MediaBox）が 4 つの数値ではありません。',
    en: 'The size (/MediaBox) of page {page} of {file} is not four numbers.',
  },
  'assemble.doc.geometry.mediaAbsent': {
    ja: '{file} の {page} ページ目に大きさ（/MediaBox）がありません。',
    en: 'Page {page} of {file} has no size (/MediaBox).',
  },
  'assemble.doc.geometry.cropBad': {
    ja: '{file} の {page} ページ目の表示範囲（/CropBox）が 4 つの数値ではありません。',
    en: 'The visible area (/CropBox) of page {page} of {file} is not four numbers.',
  },
  'assemble.doc.geometry.cropOutside': {
    ja: '{file} の {page} ページ目の表示範囲 {crop} がページ {media} の外にあり、何も表示されません。',
    en: 'The visible area {crop} of page {page} of {file} lies outside the page {media}: nothing would show.',
  },
  'assemble.doc.geometry.tooSmall': {
    ja: '{file} の {page} ページ目の大きさは {size} で、描画できません（各辺 {min} ポイント以上が必要です）。',
    en: 'Page {page} of {file} is {size}, which cannot be drawn (each side must be at least {min} points).',
  },
  'assemble.doc.geometry.tooLarge': {
    ja: '{file} の {page} ページ目の大きさは {size} で、PDF の上限（各辺 {max} ポイント、約 5 メートル）を超えます。',
    en: 'Page {page} of {file} is {size}, beyond the PDF limit of {max} points (200 inches) a side.',
  },
  'assemble.doc.geometry.rotate': {
    ja: '{file} の {page} ページ目の回転（/Rotate {degrees}）が 90 度の倍数ではなく、閲覧ソフトによって表示が異なります。',
    en: 'Page {page} of {file} is turned by {degrees}° (/Rotate), not a multiple of 90°; viewers show it differently.',
  },
  'assemble.doc.geometry.hint': {
    ja: 'PDF ビューアで開いて A4 などの用紙に「PDF として印刷」で保存し直したものを使うか、仕入先に再発行を依頼してください。',
    en: 'Open it in a PDF viewer and "print to PDF" on a normal paper size (A4, Letter), or ask the supplier to issue it again.',
  },
  'assemble.doc.activeRemoved': {
    ja: '{file} に含まれていた動的な要素（{kinds}）は、提出用のコピー（submission.pdf と upload/）から削除しました。表示される内容は変わりません。',
    en: 'Active content in {file} ({kinds}) was removed from the copies submitted (submission.pdf and upload/); what the pages show is unchanged.',
  },
  'assemble.doc.activeRemoved.hint': {
    ja: '元のファイルは変更していません。リンクやフォームの動作が必要な場合は、内容を本文に書いてください。',
    en: 'The original file is unchanged. If a link or form behaviour matters, say so in the text.',
  },
  'assemble.active.javascript': { ja: 'スクリプト', en: 'scripts' },
  'assemble.active.launch': { ja: 'プログラムの起動', en: 'program launch' },
  'assemble.active.uri': { ja: 'ウェブサイトへのリンク', en: 'links to websites' },
  'assemble.active.form-submit': { ja: 'フォームの送信', en: 'form submission' },
  'assemble.active.embedded-file': { ja: '添付ファイル', en: 'embedded files' },
  'assemble.active.media': { ja: '音声・動画', en: 'sound or video' },
  'assemble.active.xfa': { ja: 'XFA フォーム', en: 'XFA form' },
  'assemble.active.other-action': { ja: 'その他の動作', en: 'other actions' },
  'assemble.sep.active': {
    ja: '元の書類に含まれていた動的な要素（{kinds}）は、この収録から削除しました。ページに表示される内容には手を加えていません。元のファイル（上記 SHA-256）は変更していません。',
    en: 'Active content of the original ({kinds}) was removed from this copy; what the pages show is unchanged. The original file (SHA-256 above) is unchanged.',
  },
  'assemble.doc.imageFrame': {
    ja: '{file} の {kind} の {frame} コマ目（{fw} × {fh}、位置 {x}, {y}）は、画像の大きさ {width} × {height} からはみ出しています。閲覧ソフトが大量のメモリを使うおそれがあるため受け付けられません。',
    en: 'Frame {frame} of the {kind} {file} ({fw} × {fh} at {x}, {y}) lies outside the image ({width} × {height}); a viewer could run out of memory on it.',
  },
  'assemble.doc.imageFrames': {
    ja: '{file} の {kind} は {max} コマを超えています。証拠書類として受け付けられるのは 1 枚の画像です。',
    en: 'The {kind} {file} has more than {max} frames; a document must be one picture.',
  },
  'assemble.doc.imageSecondHeader': {
    ja: '{file} には 2 つ目の画像サイズの指定（{what}、{width} × {height}、{offset} バイト目）があります。閲覧ソフトによって別の大きさで読まれるため受け付けられません。',
    en: '{file} has a second size header ({what}, {width} × {height}, at byte {offset}); viewers would read it at different sizes.',
  },
  'assemble.doc.imageBomb': {
    ja: '{file} の画素データは展開すると、画像の大きさ {width} × {height} から決まる {limit} を超えます（圧縮爆弾の可能性）。',
    en: 'The pixel data of {file} inflates to more than the {limit} its size ({width} × {height}) allows (a decompression bomb?).',
  },
  'assemble.doc.imageAnimation': {
    ja: '{file} のアニメーションは 1〜{frames} コマ目だけで合計 {limit} 百万ピクセルを超えます。閲覧ソフトが再生のために大量のメモリを使うおそれがあるため受け付けられません。',
    en: 'The animation of {file} has more than {limit} million pixels in frames 1–{frames} alone; a viewer playing it could run out of memory.',
  },
  'assemble.doc.imageFrameBomb': {
    ja: '{file} の {frame} コマ目（{width} × {height}）の画素データは展開すると、その大きさから決まる {limit} を超えます（圧縮爆弾の可能性）。',
    en: 'The pixel data of frame {frame} of {file} ({width} × {height}) inflates to more than the {limit} its size allows (a decompression bomb?).',
  },
  'assemble.doc.apngStill': {
    ja: '{file} はアニメーション PNG ですが、静止画（アニメーションに対応しない閲覧ソフトが表示する画像）が最初のコマではありません。閲覧ソフトによって別の画像が表示されるため受け付けられません。',
    en: '{file} is an animated PNG whose still image (what viewers without animation show) is not its first frame: viewers would show different pictures.',
  },
  'assemble.doc.imageStructure.hint': {
    ja: '画像ソフトで開いて JPG か PNG で保存し直したもの（1 枚の静止画）を使ってください。',
    en: 'Open it in an image program and save it again as JPG or PNG (one still picture).',
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
    ja: 'poppler-utils をインストールしてください（Debian/Ubuntu: `sudo apt-get install poppler-utils`、macOS: `brew install poppler`）。',
    en: 'Install poppler-utils (Debian/Ubuntu: `sudo apt-get install poppler-utils`; macOS: `brew install poppler`).',
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
