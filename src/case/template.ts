/**
 * The case.json that `init` writes: a complete, valid example with "//" comment keys that
 * explain each part. The seller replaces the example values with their own.
 */
import { t, type Lang } from '../i18n/catalogue.js';

export function caseTemplate(
  lang: Lang,
  kind: 'authenticity' | 'performance',
): Record<string, unknown> {
  const ja = lang === 'ja';
  return {
    '//': ja
      ? 'evidence-pack のケースファイルです。「//」で始まるキーは説明で、読み込み時に無視されます。例の値をご自分の内容に置き換えてください。'
      : 'An evidence-pack case file. Keys starting with "//" are explanations and are ignored. Replace the example values with your own.',
    $schema: '../node_modules/evidence-pack/schema/case.schema.json',
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
    actionsTaken: [],
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
