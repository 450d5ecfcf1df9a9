/**
 * samples/ja-performance: a fictitious one-person stationery shop (やまべ文具店) whose late
 * shipment rate went over Amazon's 4% target while the owner was abroad for two weeks, with
 * three wrong items sent before that. Every person, address, phone number and domain here is
 * invented (.example domains; phone numbers whose local part starts with 0, which no Japanese
 * line has). The shipping log is simulated; the narrative quotes the numbers computed from it.
 */
import { buildPerformanceCase } from './lib/performance.mjs';
import { jaDate } from './lib/dates.mjs';

const GENERATED_NOTE =
  'このファイルは scripts/samples/ja-performance.mjs から npm run samples で生成されます。変更はそのモジュールで行ってください（数値は生成された出荷記録から計算されます）。';

const seller = {
  legalName: '山辺 直人',
  storeName: 'やまべ文具店',
  merchantId: 'A2YMBE0SAMPLE4',
  address: '〒390-0000 長野県松本市霧ケ丘4丁目7番2号',
  phone: '0263-055-0186',
  email: 'shop@yamabe-bungu.example',
  responsiblePerson: { name: '山辺 直人', role: '店主' },
};

const deputy = {
  name: '山辺 早苗',
  role: '出荷代行担当',
  phone: '090-0555-0142',
  email: 'sanae@yamabe-bungu.example',
};

const ITEMS = [
  { no: 'YB-0001', name: '方眼ノート A5 青', shelf: 'A-1', tone: [150, 175, 215] },
  { no: 'YB-0002', name: '方眼ノート A5 紺', shelf: 'A-2', tone: [90, 105, 150] },
  { no: 'YB-0003', name: '方眼ノート B5 青', shelf: 'A-3', tone: [165, 190, 225] },
  { no: 'YB-0004', name: '方眼ノート B5 紺', shelf: 'A-4', tone: [100, 115, 160] },
  { no: 'YB-0005', name: '万年筆インク 青墨', shelf: 'B-1', tone: [200, 200, 205] },
  { no: 'YB-0006', name: '万年筆インク 朱', shelf: 'B-2', tone: [215, 170, 160] },
  { no: 'YB-0007', name: '和紙便箋 白', shelf: 'B-3', tone: [240, 236, 226] },
  { no: 'YB-0008', name: '和紙便箋 生成り', shelf: 'B-4', tone: [232, 220, 196] },
  { no: 'YB-0009', name: '木軸ペンシル 2本組', shelf: 'C-1', tone: [196, 160, 120] },
  { no: 'YB-0010', name: '真鍮クリップ 20個', shelf: 'C-2', tone: [214, 196, 140] },
  { no: 'YB-0011', name: '布張り手帳 緑', shelf: 'C-3', tone: [140, 175, 140] },
  { no: 'YB-0012', name: '布張り手帳 深緑', shelf: 'C-4', tone: [90, 125, 95] },
];

const NOTICE = '2026-08-04';
const FIX = '2026-08-05';
const BUILD = '2026-09-08';
const LOG = 'records/出荷管理表.xlsx';
const DEPUTY_LETTER = 'documents/出荷代行の引継書.pdf';
const LEDGER = 'documents/商品番号台帳.pdf';
const HANDLING = 'documents/出荷作業日数の変更記録.pdf';
const PHOTO = 'documents/棚と商品のラベル.png';
const SHIPPED = 'documents/出荷通知の送信記録.pdf';

const sender = [seller.legalName, seller.storeName, seller.address, `TEL ${seller.phone}`];

/** The internal record of the overdue orders shipped on the day back, two orders a row. */
function shippedRecord(late) {
  const rows = [];
  for (let i = 0; i < late.length; i += 2) {
    const pair = late.slice(i, i + 2);
    rows.push(pair.flatMap((o) => [o.orderId, o.expected.slice(5).replace('-', '/')]));
    if (pair.length === 1) rows[rows.length - 1].push('', '');
  }
  return {
    file: SHIPPED,
    lang: 'ja',
    date: '2026-08-04',
    dateText: jaDate('2026-08-04'),
    title: '出荷通知の送信記録',
    from: sender,
    to: ['社内記録'],
    producer: 'やまべ文具店 業務文書',
    body: [
      `2026年8月4日、出荷期限を過ぎていた次の注文 ${late.length} 件を出荷し、セラーセントラルで出荷通知を送信しました（期限は出荷予定日）。`,
    ],
    table: {
      head: ['注文番号', '期限', '注文番号', '期限'],
      widths: [160, 77, 160, 78],
      rows,
    },
  };
}

export default {
  id: 'ja-performance',
  seed: 0x5945_2026,
  buildDate: BUILD,
  seller,
  performance: { fixDate: FIX },
  log: { file: LOG, sheet: '出荷管理' },
  sim: {
    from: '2026-06-01',
    to: '2026-09-05',
    perDay: [1, 2, 2, 3],
    away: { from: '2026-07-20', to: '2026-08-03' },
    backOn: '2026-08-04',
    handlingBefore: 1,
    handlingAfter: 2,
    items: ITEMS,
    // buyers who cancelled while their order waited
    cancelled: [{ date: '2026-07-24' }, { date: '2026-07-28' }, { date: '2026-08-01' }],
    // the navy and blue notebooks mixed up
    wrongItems: ['2026-06-12', '2026-07-03', '2026-07-15'],
    // ordinary late days before the trip (a delivery of stock arrived late)
    lateBefore: ['2026-06-22', '2026-07-08'],
  },

  letters: ({ pendingShipped, orders }) => [
    shippedRecord(
      orders.filter((o) => !o.cancelled && o.shipped === '2026-08-04' && o.expected < '2026-08-04'),
    ),
    {
      file: DEPUTY_LETTER,
      lang: 'ja',
      date: FIX,
      dateText: jaDate(FIX),
      title: '出荷代行業務の引継書',
      from: sender,
      to: [`${deputy.name} 様`],
      producer: 'やまべ文具店 業務文書',
      body: [
        `${jaDate(FIX)}より、店主 ${seller.responsiblePerson.name} が2日以上店を離れる間の出荷業務を、${deputy.name}（${deputy.role}）に依頼し、同日引き継ぎを行いました。`,
        '代行担当は、店主の不在中、毎朝9時にセラーセントラルの未出荷注文を確認し、その日のうちに商品番号ラベルと納品書を照合して出荷し、出荷通知を送信します。出荷した注文は出荷管理表に記入します。',
        '緊急時の連絡は、代行担当から店主の携帯電話（LINE 通話）へ行います。海外滞在中も毎日21時（日本時間）に店主が出荷管理表を確認し、問題があれば代行担当へ連絡します。',
        `参考: 帰国翌日の2026年8月4日に、出荷予定日を過ぎていた注文 ${pendingShipped} 件を出荷しました。`,
      ],
      table: {
        head: ['役割', '氏名', '電話', 'メール'],
        widths: [90, 90, 110, 185],
        rows: [
          ['店主', seller.responsiblePerson.name, '090-0555-0178', seller.email],
          [deputy.role, deputy.name, deputy.phone, deputy.email],
        ],
      },
      sign: [`依頼者 ${seller.responsiblePerson.name}（署名）`, `受託者 ${deputy.name}（署名）`],
    },
    {
      file: LEDGER,
      lang: 'ja',
      date: '2026-08-07',
      dateText: jaDate('2026-08-07'),
      title: '商品番号台帳',
      from: sender,
      to: ['社内記録'],
      producer: 'やまべ文具店 業務文書',
      body: [
        '出品中の全12商品に独自の商品番号を付け、棚と商品の両方に番号ラベルを貼りました。出荷のたびに、ピッキングした商品のラベルと納品書の商品番号を照合し、出荷管理表の確認欄に記入します。',
      ],
      table: {
        head: ['商品番号', '商品名', '棚', 'ラベル貼付日'],
        widths: [80, 200, 60, 135],
        rows: ITEMS.map((i) => [i.no, i.name, i.shelf, '2026年8月8日']),
      },
      sign: [`作成 ${seller.responsiblePerson.name}`],
    },
    {
      file: HANDLING,
      lang: 'ja',
      date: FIX,
      dateText: jaDate(FIX),
      title: '出荷作業日数の変更記録',
      from: sender,
      to: ['社内記録'],
      producer: 'やまべ文具店 業務文書',
      body: [
        'セラーセントラルの出荷作業日数を、全商品について1日から2日に変更しました。取り寄せ品の検品と梱包に2日かかる注文があり、1日の設定は実際の作業より短かったためです。',
        '変更は毎月1日に前月の出荷記録で見直し、結果をこの記録に追記します。',
      ],
      table: {
        head: ['項目', '変更前', '変更後', '変更日'],
        widths: [160, 90, 90, 135],
        rows: [['出荷作業日数（全商品）', '1日', '2日', jaDate(FIX)]],
      },
      sign: [`記録 ${seller.responsiblePerson.name}`],
    },
  ],

  photo: () => ({
    file: PHOTO,
    bins: ITEMS.map((i) => ({ no: i.no, name: i.name.replace(/ .*$/, ''), tone: i.tone })),
    tag: '2026/08/08 ラベル貼付 山辺',
  }),

  readme: ({ numbers: n, pendingShipped }) =>
    [
      '# samples/ja-performance',
      '',
      GENERATED_NOTE,
      '',
      `架空の個人事業者（${seller.storeName}）の出荷遅延率の事例です。店主が2026年7月20日から8月3日まで海外に滞在した間に注文が出荷予定日を過ぎ、${jaDate(NOTICE)}に Amazon から出荷遅延率の通知を受けました。`,
      '',
      `- 出荷記録: \`${LOG}\`（出品者自身の出荷管理表、日本語の見出し）`,
      `- 書類: \`${SHIPPED}\`、\`${DEPUTY_LETTER}\`、\`${LEDGER}\`、\`${HANDLING}\`、\`${PHOTO}\``,
      `- 改善日: ${FIX}、集計日（build.date）: ${BUILD}`,
      '',
      '| 期間 | 注文数 | 遅延 | 出荷遅延率 |',
      '|---|---|---|---|',
      `| 改善前 | ${n.before.orders} | ${n.before.late} | ${n.before.rate} |`,
      `| 改善後 | ${n.after.orders} | ${n.after.late} | ${n.after.rate} |`,
      `| 全期間 | ${n.total.orders} | ${n.total.late} | ${n.total.rate} |`,
      '',
      `帰国翌日に出荷した遅延注文: ${pendingShipped} 件。誤発送: ${n.before.wrong} 件（改善前）。未出荷: ${n.unshipped} 件。`,
      '',
    ].join('\n'),

  caseJson: ({ numbers: n, pendingShipped }) => ({
    $schema: '../../schema/case.schema.json',
    schemaVersion: 1,
    language: 'ja',
    kind: 'performance',
    marketplace: 'amazon.co.jp',
    seller,
    notice: {
      receivedOn: NOTICE,
      type: '出荷遅延率（パフォーマンス目標の未達成）',
      text: 'お客様の出荷遅延率が、当社のパフォーマンス目標である4%を上回っています。出荷遅延率の高い状態が続くと、お客様の購入体験が損なわれます。原因と改善策を記載した改善計画をご提出ください。改善が確認できない場合、出品権限を停止することがあります。',
      citedAsins: [],
      referenceId: 'PERF-0804-SAMPLE',
    },
    performance: {
      metric: 'both',
      fixDate: FIX,
      handlingTimeDays: 2,
      deputy,
    },
    documents: [
      {
        file: DEPUTY_LETTER,
        kind: 'letter',
        issueDate: FIX,
        description: '出荷代行業務の引継書（代行担当の氏名・連絡先・緊急連絡の方法）',
      },
      {
        file: LEDGER,
        kind: 'other',
        issueDate: '2026-08-07',
        description: '商品番号台帳（全12商品）',
      },
      {
        file: HANDLING,
        kind: 'other',
        issueDate: FIX,
        description: '出荷作業日数の変更記録（1日→2日）',
      },
      {
        file: PHOTO,
        kind: 'photo',
        issueDate: '2026-08-08',
        description: '商品番号ラベルを貼った棚と商品',
      },
      {
        file: SHIPPED,
        kind: 'other',
        issueDate: '2026-08-04',
        description: '2026年8月4日に出荷した遅延注文と出荷通知の記録',
      },
    ],
    actionsTaken: [
      {
        date: '2026-08-04',
        what: `出荷期限を過ぎていた注文 ${pendingShipped} 件を出荷し、すべてに出荷通知を送信しました。`,
        evidence: [SHIPPED],
      },
      {
        date: FIX,
        what: 'セラーセントラルの出荷作業日数を全商品について1日から2日に変更しました。',
        evidence: [HANDLING],
      },
      {
        date: FIX,
        what: `${deputy.name}を出荷代行担当に任命し、出荷手順と緊急連絡の方法を引き継ぎました。`,
        evidence: [DEPUTY_LETTER],
      },
      {
        date: '2026-08-07',
        what: '出品中の全12商品に独自の商品番号を付け、商品番号台帳を作成しました。',
        evidence: [LEDGER],
      },
      {
        date: '2026-08-08',
        what: '棚と在庫の全商品に商品番号ラベルを貼り、出荷前の照合を始めました。',
        evidence: [PHOTO],
      },
    ],
    narrative: {
      perfNotice: [
        `${jaDate(NOTICE)}、Amazon から、自己発送の注文の出荷遅延率がパフォーマンス目標の4%を上回っているとの通知を受けました。`,
        `出荷記録では、改善前（出荷予定日が${jaDate(FIX)}より前）の注文 ${n.before.orders} 件のうち ${n.before.late} 件が出荷予定日を過ぎて出荷されており、出荷遅延率は ${n.before.rate} でした。`,
        `同じ期間に、注文と異なる商品を送った誤発送が ${n.before.wrong} 件ありました。`,
      ],
      metricHistory: [
        '出荷遅延率は、店主が海外に滞在した2026年7月20日から8月3日までの注文で急に上がりました。',
        `改善日以降の注文 ${n.after.orders} 件では、出荷予定日を過ぎた注文は ${n.after.late} 件です。`,
        `直近30日間（${jaDate(n.last30.to)}まで）の出荷遅延率は ${n.last30.rate} で、目標の4%を下回っています。`,
      ],
      processRootCause: [
        '当店の出荷作業は店主1人で行っており、店主が不在の間に代わって出荷する担当者を決めていませんでした。',
        'そのため、店主が2026年7月20日から8月3日まで海外の展示会に参加していた間、注文が出荷されないまま出荷予定日を過ぎました。',
        'また、セラーセントラルの出荷作業日数を1日に設定していましたが、取り寄せ品の検品と梱包に2日かかる注文もあり、設定が実際の作業より短くなっていました。',
        `誤発送 ${n.before.wrong} 件は、色違いの方眼ノート（青と紺）が同じ棚に並び、商品を区別する番号やラベルがなかったことが原因です。`,
      ],
      immediateFix: [
        `帰国翌日の2026年8月4日、出荷期限を過ぎていた注文 ${pendingShipped} 件を出荷し、出荷通知を送信しました。`,
        '2026年8月5日、出荷作業日数を1日から2日に変更しました。',
        `${jaDate(BUILD)}時点で、出荷記録に未出荷の注文は ${n.unshipped} 件です。`,
        `改善日以降の注文 ${n.after.orders} 件の出荷遅延率は ${n.after.rate} です（表のとおり）。`,
      ],
      perfActionsTaken: [
        '通知を受けた2026年8月4日から8月8日までに、上の5件の対策をすべて実施しました。',
        '出荷代行担当の任命、商品番号台帳、ラベルを貼った棚の写真、出荷作業日数の変更記録は、証拠書類として添付しています。',
      ],
      prevention: [
        `- 不在時の出荷: 店主が2日以上店を離れる場合は、出発の前日までに出荷代行担当の${deputy.name}（${deputy.phone}）に引き継ぎます。代行担当は毎朝9時に未出荷の注文を確認し、その日のうちに出荷して、出荷管理表に記入します。`,
        '- 緊急連絡: 代行担当は出荷予定日までに出荷できない注文があれば、すぐに店主の携帯電話（LINE 通話）へ連絡します。店主は海外滞在中も毎日21時（日本時間）に出荷管理表を確認します。',
        '- 商品番号とラベル: 新しい商品は出品前に店主が商品番号を付けて商品番号台帳に登録し、棚と商品にラベルを貼ります。出荷の都度、梱包する人がラベルと納品書の商品番号を照合し、出荷管理表の確認欄に記入します。',
        '- 出荷作業日数の見直し: 毎月1日、店主が前月の出荷記録で注文から出荷までの日数を確認し、出荷作業日数（現在2日）が実際の作業に合っているかを見直して、変更記録に記録します。',
      ],
      request: [
        '出荷予定日を過ぎていた注文はすべて出荷し、不在時の出荷体制、商品番号による出荷前の照合、出荷作業日数の見直しを実施しました。',
        '本改善計画をご確認のうえ、当店の出品権限を引き続き維持していただけますよう、お願い申し上げます。',
      ],
    },
    build: { date: BUILD },
  }),

  /** The narrative says: no order unshipped, none late since the fix, 30 days under 4%. */
  check(n) {
    if (n.unshipped !== 0 || n.after.late !== 0 || n.last30.late / n.last30.orders >= 0.04)
      throw new Error(`ja-performance: the simulated log contradicts the narrative`);
  },

  build() {
    return buildPerformanceCase(this);
  },
};
