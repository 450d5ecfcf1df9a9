/**
 * The case.json that `init` writes: a complete, valid example with "//" comment keys that
 * explain each part. The seller replaces the example values with their own.
 */
import { t, type Lang } from '../i18n/catalogue.js';

/** The JSON Schema file `init` writes into the case folder, which case.json's $schema names. */
export const SCHEMA_FILE = 'case.schema.json';

export function caseTemplate(
  lang: Lang,
  kind: 'authenticity' | 'performance',
): Record<string, unknown> {
  const ja = lang === 'ja';
  return {
    '//': ja
      ? 'evidence-pack のケースファイルです。「//」で始まるキーは説明で、読み込み時に無視されます。例の値をご自分の内容に置き換えてください。'
      : 'An evidence-pack case file. Keys starting with "//" are explanations and are ignored. Replace the example values with your own.',
    // init writes the schema beside case.json (SCHEMA_FILE), so the editor finds it offline
    $schema: `./${SCHEMA_FILE}`,
    schemaVersion: 1,
    language: lang,
    kind,
    marketplace: ja ? 'amazon.co.jp' : 'amazon.com',
    seller: {
      '//': ja
        ? 'セラーセントラルに登録した正式名称・住所と同じに書きます。'
        : 'Exactly as registered in Seller Central.',
      legalName: ja ? '株式会社サンプル商事' : 'Sample Trading LLC',
      storeName: ja ? 'サンプルストア' : 'Sample Store',
      merchantId: 'A1EXAMPLE00000',
      address: ja ? '東京都千代田区例町1-2-3' : '100 Example Street, Springfield, IL 62701',
      phone: ja ? '03-0000-0000' : '+1-555-0100',
      email: 'owner@example.com',
      responsiblePerson: {
        name: ja ? '山田 太郎' : 'Alex Example',
        role: ja ? '代表取締役' : 'Owner',
      },
    },
    notice: {
      '//': ja ? 'Amazon からの通知をそのまま写します。' : "Copy Amazon's notice as it is.",
      receivedOn: '2026-01-15',
      type:
        kind === 'performance'
          ? ja
            ? '出荷遅延率'
            : 'Late shipment rate'
          : ja
            ? '真贋調査'
            : 'Inauthentic item complaint',
      text: ja ? '（通知の本文を貼り付けてください）' : '(paste the text of the notice here)',
      citedAsins: kind === 'authenticity' ? ['B0EXAMPLE1'] : [],
    },
    products: [
      {
        asin: 'B0EXAMPLE1',
        skus: ['SKU-0001'],
        title: ja ? '例: ステンレス製タンブラー 350ml' : 'Example: stainless tumbler 350 ml',
        brand: ja ? '例ブランド' : 'ExampleBrand',
        supplierIds: ['S1'],
      },
    ],
    suppliers: [
      {
        '//': ja
          ? 'kind: manufacturer（メーカー） / authorized-distributor（正規代理店） / wholesaler（卸） / retailer（小売） / marketplace'
          : 'kind: manufacturer / authorized-distributor / wholesaler / retailer / marketplace',
        id: 'S1',
        name: ja ? '例卸株式会社' : 'Example Wholesale Inc.',
        kind: 'wholesaler',
        address: ja ? '大阪府大阪市例区1-1' : '1 Supply Road, Example City',
        phone: ja ? '06-0000-0000' : '+1-555-0101',
        website: 'https://wholesale.example.com',
      },
    ],
    documents: [],
    actionsTaken: [
      {
        '//': ja
          ? '実施済みの対応を1件ずつ、実施日・内容（過去形）・証拠のファイル（documents/ の中）とともに書きます。証拠がない場合は evidence を空にして noEvidenceReason に理由を書きます。この例は置き換えるか削除してください。'
          : 'One entry per action already done: the day, what was done (past tense) and the proof (a file under documents/). Without proof, leave evidence empty and say why in noEvidenceReason. Replace or delete this example.',
        date: '2026-01-16',
        what: ja
          ? '（例）対象ASINの FBA 在庫をすべて返送し、出品を停止しました。'
          : '(example) Removed all FBA units of the cited ASIN and closed the listing.',
        evidence: [],
        noEvidenceReason: ja
          ? '（例）返送依頼の画面を保存していなかったため。'
          : '(example) The removal order page was not saved.',
      },
    ],
    rejectionAnswers: [
      {
        '//': ja
          ? 'Amazon から却下された後、その指摘（point: 引用または番号）ごとに回答（answer）を書きます。`evidence-pack reject` で記録した指摘に対応します。初回は空の配列 [] にしてください。'
          : "After a rejection, one answer per point of Amazon's message (point: quoted or its number). Matches the points recorded with `evidence-pack reject`. Leave it an empty array [] before the first rejection.",
        point: ja ? '（例）1' : '(example) 1',
        answer: ja
          ? '（例）根本原因の章に、仕入先の資格を確認する手順がなかったことを追記しました。'
          : "(example) The root-cause section now says that no step checked the supplier's authorisation.",
      },
    ],
    records: {
      '//': ja
        ? 'headerAliases: 自社の表の見出しを項目に対応させます（レポートの種類 → 項目 → 見出しの一覧）。例: 仕入明細の「品番」を productCode に。productCodes: 請求書の品番と ASIN の対応。'
        : 'headerAliases: map the headers of your own sheets to fields (report kind → field → header names), e.g. "Item no." in your invoice lines as productCode. productCodes: supplier product codes and their ASIN.',
      headerAliases: {
        invoiceLines: {
          productCode: ja ? ['メーカー品番'] : ['Vendor item code'],
        },
      },
      productCodes: [{ supplierId: 'S1', code: 'EX-0001', asin: 'B0EXAMPLE1' }],
    },
    ...(kind === 'performance'
      ? {
          performance: {
            '//': ja
              ? 'metric: lateShipmentRate / wrongItems / both。fixDate: 改善が効いた日（この日の前後で率を比べます）。handlingTimeDays: 見直した後の出荷作業日数。deputy: 不在時に代わりに出荷する人と連絡先（Amazon は公開しません）。'
              : 'metric: lateShipmentRate / wrongItems / both. fixDate: the day the fix took effect (rates are compared before and after). handlingTimeDays: the handling time after your review. deputy: who ships while you are away, with contact details (Amazon does not publish them).',
            metric: 'lateShipmentRate',
            fixDate: '2026-01-20',
            handlingTimeDays: 2,
            deputy: {
              name: ja ? '（代わりに出荷する人の氏名）' : '(name of your stand-in)',
              role: ja ? '出荷代行担当' : 'Stand-in shipper',
              phone: ja ? '（電話番号）' : '(phone)',
            },
          },
        }
      : {}),
  };
}

/** The README written into a new case folder. */
export function caseReadme(lang: Lang): string {
  return `${t('init.readme')[lang]}\n`;
}
