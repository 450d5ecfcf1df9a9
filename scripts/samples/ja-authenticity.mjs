/**
 * samples/ja-authenticity: a fictitious Japanese seller (株式会社ハルカゼ雑貨) answering an
 * inauthentic-item notice for three ASINs. Every company, person, address, phone number and
 * domain here is invented (.example domains; phone numbers whose local part starts with 0,
 * which no Japanese line has).
 */
import { invoiceOfReturn } from './lib/complaints.mjs';
import { addDays, jaDate } from './lib/dates.mjs';
import { withCheckDigit } from './lib/gs1.mjs';

const GENERATED_NOTE =
  'このファイルは scripts/samples/ja-authenticity.mjs から npm run samples で生成されます。変更はそのモジュールで行ってください（数値は生成されたレコードから計算されます）。';

const SEED = 0x4a41_2026;

const seller = {
  legalName: '株式会社ハルカゼ雑貨',
  storeName: 'ハルカゼ生活館',
  merchantId: 'A3HRKZ0SAMPLE7',
  address: '〒332-0000 埼玉県川口市朝霧町2丁目14番5号 ハルカゼビル3階',
  phone: '048-055-0137',
  email: 'support@harukaze-zakka.example',
  responsiblePerson: { name: '春日 真理子', role: '代表取締役' },
};

const staff = {
  ceo: '代表取締役 春日 真理子',
  buyer: '仕入担当 高槻 健太',
  warehouse: '出荷・在庫担当 森本 彩',
  listing: '出品管理担当 野々村 悠',
  cs: '顧客対応担当 岩瀬 美咲',
};

/** JAN (EAN-13) with its check digit. */
const jan = withCheckDigit;

const suppliers = [
  {
    id: 'shiramine',
    name: '株式会社白峰ハウスウェア',
    kind: 'manufacturer',
    address: '〒959-0000 新潟県燕市白峰台3丁目8番21号',
    phone: '0256-055-0148',
    website: 'https://www.shiramine-housewares.example',
    email: 'eigyo@shiramine-housewares.example',
    contactPerson: '営業部 佐伯 亮',
    aliases: ['白峰ハウスウェア'],
    regNo: 'T4110001234567',
    producer: 'SHIRAMINE 販売管理システム 3.2',
    stamp: ['白峰', '之印'],
    invoiceNotes: [
      'お支払期限：請求月の翌月末日',
      'お振込先：さくらなみ銀行 燕支店 普通 1234567 カ）シラミネハウスウエア',
      '※ 本請求書は適格請求書です。',
    ],
  },
  {
    id: 'lumina',
    name: 'ルミナ商事株式会社',
    kind: 'authorized-distributor',
    address: '〒530-0000 大阪府大阪市北区堂島浜9丁目2番7号 ルミナビル',
    phone: '06-0555-0192',
    website: 'https://www.lumina-shoji.example',
    email: 'order@lumina-shoji.example',
    contactPerson: '営業二課 丹羽 聡子',
    aliases: ['ルミナ商事'],
    regNo: 'T8120009876543',
    producer: 'Lumina Order Desk 2.0',
    stamp: ['ルミナ', '商事'],
    invoiceNotes: [
      'AQUAVELL 日本国内正規輸入代理店',
      'お支払期限：発行日より30日以内',
      'お振込先：みずなぎ銀行 梅田支店 当座 7654321 ルミナシヨウジ（カ',
    ],
  },
  {
    id: 'shinonome',
    name: '株式会社東雲トレード',
    kind: 'wholesaler',
    address: '〒460-0000 愛知県名古屋市中区栄霞町4丁目11番3号',
    phone: '052-055-0163',
    website: 'https://www.shinonome-trade.example',
    email: 'info@shinonome-trade.example',
    contactPerson: '営業部 長谷部 隆',
    aliases: ['東雲トレード'],
    regNo: 'T6180005551234',
    producer: '東雲トレード 請求書発行 1.4',
    stamp: ['東雲', 'トレード'],
    invoiceNotes: [
      'お支払期限：月末締め翌月20日払い',
      'お振込先：あさひで銀行 栄支店 普通 2468013',
    ],
  },
];

const TB = 'B0FQ7K2M4X';
const BT = 'B0FQ7K3N8P';
const PT = 'B0DW5R1T6Z';
const CT = 'B0DW5R2V3Q';
const KT = 'B0CZ8H4J1L';

const summer = (m) => (m >= 6 && m <= 8 ? 1.35 : m === 12 ? 1.25 : m <= 2 ? 0.8 : 1);
const products = [
  {
    asin: TB,
    sku: 'SHR-TB450-SV',
    fnsku: 'X0019QKT4A',
    title: 'SHIRAMINE 真空断熱タンブラー 450ml ステンレス シルバー',
    reportTitle: 'SHIRAMINE 真空断熱タンブラー 450ml ステンレス シルバー 保温保冷',
    brand: 'SHIRAMINE',
    supplierIds: ['shiramine'],
    jan: jan('459912300001'),
    code: 'TB-450SV',
    price: 2980,
    cost: 1450,
    rate: 1.2,
    returnRate: 0.026,
    salesUntil: '2026-10-16',
    season: summer,
  },
  {
    asin: BT,
    sku: 'SHR-BT500-BK',
    fnsku: 'X0019QKV7C',
    title: 'SHIRAMINE 真空断熱ボトル 500ml マットブラック',
    reportTitle: 'SHIRAMINE 真空断熱ボトル 500ml マットブラック 直飲み 保温保冷',
    brand: 'SHIRAMINE',
    supplierIds: ['shiramine'],
    jan: jan('459912300002'),
    code: 'BT-500BK',
    price: 3480,
    cost: 1720,
    rate: 1.0,
    returnRate: 0.024,
    salesUntil: '2026-10-16',
    season: summer,
  },
  {
    asin: PT,
    sku: 'AQV-PT20-WH',
    fnsku: 'X001A7PW2D',
    title: 'AQUAVELL 浄水ポット 2.0L ホワイト カートリッジ1個付',
    reportTitle: 'AQUAVELL 浄水ポット 2.0L ホワイト カートリッジ1個付 ろ過水',
    brand: 'AQUAVELL',
    supplierIds: ['lumina', 'shinonome'],
    jan: jan('459877700101'),
    code: 'AV-PT20W',
    price: 4280,
    cost: 2350,
    rate: 0.75,
    returnRate: 0.03,
    salesUntil: '2026-10-16',
  },
  {
    asin: CT,
    sku: 'AQV-CT3',
    fnsku: 'X001A7PX5E',
    title: 'AQUAVELL 浄水ポット用 交換カートリッジ 3個入',
    reportTitle: 'AQUAVELL 浄水ポット用 交換カートリッジ 3個入 約3か月分',
    brand: 'AQUAVELL',
    supplierIds: ['lumina'],
    jan: jan('459877700102'),
    code: 'AV-CT3',
    price: 3280,
    cost: 1690,
    rate: 1.4,
    returnRate: 0.012,
    salesUntil: '2026-11-14',
  },
  {
    asin: KT,
    sku: '004512',
    fnsku: 'X0016KTL9F',
    title: 'KOMOREBI シリコーン キッチンツール 5点セット グレー',
    reportTitle: 'KOMOREBI シリコーン キッチンツール 5点セット グレー 耐熱230℃',
    brand: 'KOMOREBI',
    supplierIds: ['shinonome'],
    jan: jan('459855500045'),
    code: 'KM-KT5GY',
    price: 2480,
    cost: 1080,
    rate: 0.85,
    returnRate: 0.02,
    salesUntil: '2026-11-14',
    season: (m) => (m === 12 ? 1.4 : 1),
  },
];

const P = Object.fromEntries(products.map((p) => [p.asin, p]));
const line = (asin, qty) => ({
  asin,
  code: P[asin].code,
  name: P[asin].title,
  qty,
  unit: '個',
  price: P[asin].cost,
});

const SHIRAMINE_OTHER = [
  ['MG-350WH', '真空断熱マグ 350ml ホワイト', 1280],
  ['MG-350NV', '真空断熱マグ 350ml ネイビー', 1280],
  ['TB-300SV', '真空断熱タンブラー 300ml シルバー', 1180],
  ['TB-300CP', '真空断熱タンブラー 300ml カッパー', 1380],
  ['BT-350WH', '真空断熱ボトル 350ml ホワイト', 1520],
  ['BT-350SG', '真空断熱ボトル 350ml セージグリーン', 1520],
  ['BT-750BK', '真空断熱ボトル 750ml ブラック', 2180],
  ['LD-TB450', 'タンブラー用フタ 450ml対応', 380],
  ['PK-BT500', 'ボトル用パッキンセット 500ml', 240],
  ['PC-BT500', 'ボトルポーチ 500ml グレー', 560],
  ['FD-350', 'フードジャー 350ml ホワイト', 1680],
  ['FD-500', 'フードジャー 500ml ブラック', 1880],
  ['CF-400', 'コーヒーボトル 400ml ブラウン', 1640],
  ['ST-01', 'ステンレスストロー 2本セット', 320],
];
const SHINONOME_OTHER = [
  ['SB-18', 'ステンレス ボウル 18cm', 420],
  ['SB-24', 'ステンレス ボウル 24cm', 580],
  ['CB-M', '木製 カッティングボード M', 890],
  ['CB-L', '木製 カッティングボード L', 1180],
  ['TG-01', 'シリコーン トング 23cm', 310],
  ['SP-01', 'シリコーン スパチュラ 小', 220],
  ['MC-03', 'メジャーカップ 3点セット', 360],
  ['KT-ST', 'ステンレス キッチンツールスタンド', 740],
  ['DK-01', '水切りかご スリム', 1450],
  ['DC-05', 'ふきん 5枚組 白', 380],
  ['OT-02', 'オイルポット 0.6L', 960],
  ['GL-02', '耐熱ガラス 保存容器 2個組', 880],
  ['SC-01', 'キッチンばさみ 分解式', 640],
  ['PL-10', 'ポリ袋 保存用 100枚', 150],
  ['TM-01', 'キッチンタイマー マグネット式', 520],
  ['SL-01', 'スポンジ 3個組', 180],
  ['AP-01', 'エプロン 生成り', 1280],
  ['MT-01', '鍋敷き シリコーン', 290],
  ['BR-01', 'ボトルブラシ 柄付き', 260],
  ['SK-01', 'シンク用 三角コーナー ステンレス', 690],
  ['RK-01', '布巾掛け 吸盤式', 340],
  ['TR-01', 'トレー 木製 角型', 980],
];
const LUMINA_OTHER = [
  ['AV-PT12W', 'AQUAVELL 浄水ポット 1.2L ホワイト', 1980],
  ['AV-CT1', 'AQUAVELL 交換カートリッジ 1個入', 640],
  ['AV-BT05', 'AQUAVELL 浄水ボトル 0.5L', 1480],
];
const extras = (list, from, count, qtys) =>
  list.slice(from, from + count).map(([code, name, price], i) => ({
    code,
    name,
    qty: qtys[i % qtys.length],
    unit: '個',
    price,
  }));

/** Supplier invoices (issue date order). receipts: FBA shipments made from each delivery. */
const invoices = [
  {
    number: 'SW-2025-01184',
    supplierId: 'shiramine',
    issueDate: '2025-10-28',
    lines: [line(TB, 120), line(BT, 100), ...extras(SHIRAMINE_OTHER, 0, 3, [12, 24])],
    receipts: [{ lag: 7, share: 1 }],
  },
  {
    number: 'LM-251105-0032',
    supplierId: 'lumina',
    issueDate: '2025-11-05',
    lines: [line(PT, 80), line(CT, 150), ...extras(LUMINA_OTHER, 0, 2, [10])],
    receipts: [
      { lag: 6, share: 0.6 },
      { lag: 9, share: 0.4 },
    ],
  },
  {
    number: '0004518',
    supplierId: 'shinonome',
    issueDate: '2025-11-20',
    lines: [line(KT, 120), ...extras(SHINONOME_OTHER, 0, 22, [6, 10, 12, 20])],
    receipts: [{ lag: 8, share: 1 }],
  },
  {
    number: 'SW-2026-00071',
    supplierId: 'shiramine',
    issueDate: '2026-01-09',
    lines: [
      line(TB, 150),
      line(BT, 120),
      ...extras(SHIRAMINE_OTHER, 0, 14, [6, 12, 24]),
      ...extras(SHIRAMINE_OTHER, 0, 14, [6, 12]).map((l) => ({
        ...l,
        name: `${l.name}（店頭用）`,
      })),
      ...extras(SHIRAMINE_OTHER, 2, 12, [4, 8]).map((l) => ({
        ...l,
        name: `${l.name}（ギフト箱）`,
        price: l.price + 120,
      })),
      ...extras(SHIRAMINE_OTHER, 0, 14, [3, 6]).map((l) => ({
        ...l,
        code: `${l.code}-E`,
        name: `${l.name}（名入れ）`,
        price: l.price + 380,
      })),
    ],
    receipts: [
      { lag: 6, share: 0.5 },
      { lag: 8, share: 0.5 },
    ],
  },
  {
    number: 'LM-260203-0018',
    supplierId: 'lumina',
    issueDate: '2026-02-03',
    lines: [line(PT, 100), line(CT, 200), ...extras(LUMINA_OTHER, 1, 2, [20])],
    receipts: [{ lag: 7, share: 1 }],
  },
  {
    number: 'SW-2026-00326',
    supplierId: 'shiramine',
    issueDate: '2026-03-27',
    lines: [line(TB, 150), line(BT, 130)],
    receipts: [
      { lag: 6, share: 0.6 },
      { lag: 10, share: 0.4 },
    ],
  },
  {
    number: '0005127',
    supplierId: 'shinonome',
    issueDate: '2026-04-08',
    form: 'scan',
    lines: [line(PT, 24), line(KT, 100), ...extras(SHINONOME_OTHER, 2, 3, [10, 6])],
    receipts: [{ lag: 9, share: 1 }],
    exif: {
      make: 'KAMOME',
      model: 'PocketScan S2',
      orientation: 6,
      dateTime: '2026:04:10 14:22:05',
      lat: 35.4975,
      lon: 139.8731,
    },
  },
  {
    number: 'LM-260512-0041',
    supplierId: 'lumina',
    issueDate: '2026-05-12',
    lines: [line(PT, 80), line(CT, 200)],
    receipts: [
      { lag: 6, share: 0.5 },
      { lag: 8, share: 0.5 },
    ],
  },
  {
    number: 'SW-2026-00655',
    supplierId: 'shiramine',
    issueDate: '2026-06-19',
    lines: [line(TB, 150), line(BT, 140), ...extras(SHIRAMINE_OTHER, 6, 4, [12])],
    receipts: [{ lag: 7, share: 1 }],
  },
  {
    number: '0005702',
    supplierId: 'shinonome',
    issueDate: '2026-07-15',
    lines: [line(KT, 150), ...extras(SHINONOME_OTHER, 8, 6, [10, 20])],
    receipts: [{ lag: 7, share: 1 }],
  },
  {
    number: 'LM-260818-0027',
    supplierId: 'lumina',
    issueDate: '2026-08-18',
    lines: [line(PT, 60), line(CT, 180)],
    receipts: [{ lag: 7, share: 1 }],
  },
  {
    number: 'SW-2026-00912',
    supplierId: 'shiramine',
    issueDate: '2026-08-28',
    lines: [line(TB, 120), line(BT, 100), ...extras(SHIRAMINE_OTHER, 10, 2, [12])],
    receipts: [
      { lag: 6, share: 0.5 },
      { lag: 9, share: 0.5 },
    ],
  },
];
const FCS = ['NRT5', 'HND3', 'KIX4', 'FSZ1', 'NGO2'];
const supplierSlug = {
  shiramine: '白峰ハウスウェア',
  lumina: 'ルミナ商事',
  shinonome: '東雲トレード',
};
invoices.forEach((inv, i) => {
  inv.shipmentIds = inv.receipts.map(
    (_, k) => `FBA15${(0x3a7c1 + i * 7 + k).toString(36).toUpperCase()}${'QKMZ'[k]}`,
  );
  inv.fcs = inv.receipts.map((_, k) => FCS[(i + k) % FCS.length]);
  inv.file =
    inv.form === 'scan'
      ? `documents/請求書_${supplierSlug[inv.supplierId]}_${inv.number}_スキャン.jpg`
      : `documents/invoice_${inv.supplierId}_${inv.number}.pdf`;
});

const deliveryNotes = [
  {
    invoice: 'SW-2026-00326',
    number: 'DN-2026-00326',
    date: '2026-03-27',
    file: 'documents/納品書_白峰ハウスウェア_DN-2026-00326.pdf',
    notes: ['上記の商品を貴社指定の倉庫（埼玉県川口市）へ納品いたしました。', '受領印'],
  },
];

const PLACES = [
  ['東京都', '世田谷区', '154'],
  ['神奈川県', '横浜市港北区', '222'],
  ['大阪府', '大阪市北区', '530'],
  ['愛知県', '名古屋市千種区', '464'],
  ['福岡県', '福岡市中央区', '810'],
  ['北海道', '札幌市中央区', '060'],
  ['宮城県', '仙台市青葉区', '980'],
  ['埼玉県', 'さいたま市浦和区', '330'],
  ['千葉県', '船橋市', '273'],
  ['兵庫県', '神戸市東灘区', '658'],
  ['京都府', '京都市左京区', '606'],
  ['広島県', '広島市南区', '732'],
];
const SURNAMES = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '松本',
  '井上',
  '木村',
  '清水',
];
const GIVEN = [
  '陽菜',
  '翔',
  '美咲',
  '大輔',
  '結衣',
  '健一',
  '直子',
  '拓海',
  '由美',
  '誠',
  '彩花',
  '浩二',
];

const COMMENTS = {
  bottle: {
    DEFECTIVE: [
      'フタのパッキンがはまらず、少し水漏れしました。',
      '飲み物がすぐぬるくなります。',
      '届いた時点で底がへこんでいました。',
    ],
    QUALITY_UNACCEPTABLE: ['表面に細かい傷がありました。'],
    NOT_AS_DESCRIBED: ['写真より色が暗く感じました。', '思っていたより重かったです。'],
    UNWANTED_ITEM: ['不要になりました。', '家族が同じものを買っていたため。'],
    ORDERED_WRONG_ITEM: ['容量を間違えて注文しました。'],
  },
  pot: {
    DEFECTIVE: ['フタの開閉部分が割れていました。', 'ろ過に時間がかかりすぎます。'],
    NOT_AS_DESCRIBED: ['冷蔵庫のドアポケットに入りませんでした。'],
    MISSING_PARTS: ['説明書が入っていませんでした。'],
    UNWANTED_ITEM: ['不要になりました。'],
  },
  tools: {
    DEFECTIVE: ['スパチュラの先に切れ目がありました。'],
    QUALITY_UNACCEPTABLE: ['においが気になりました。'],
    UNWANTED_ITEM: ['使う機会がなくなりました。'],
  },
};
const category = (asin) => (asin === TB || asin === BT ? 'bottle' : asin === KT ? 'tools' : 'pot');

const inZone = (d, center) => d >= addDays(center, -3) && d <= addDays(center, 3);
const NOTICE = '2026-10-20';
const REMOVAL_ID = 'HKZ-RM-20261021';

const sim = {
  from: '2025-11-01',
  to: '2026-11-15',
  blocked: (d) => inZone(d, NOTICE) || inZone(d, addDays(NOTICE, -365)),
  fcs: FCS,
  reasons: [
    ['UNWANTED_ITEM', 30],
    ['ORDERED_WRONG_ITEM', 10],
    ['FOUND_BETTER_PRICE', 6],
    ['NO_REASON_GIVEN', 8],
    ['DEFECTIVE', 14],
    ['QUALITY_UNACCEPTABLE', 5],
    ['NOT_AS_DESCRIBED', 7],
    ['MISSING_PARTS', 3],
    ['CUSTOMER_DAMAGED', 5],
    ['DAMAGED_BY_CARRIER', 3],
    ['MISSED_ESTIMATED_DELIVERY', 3],
  ],
  comments: (reason, p) => COMMENTS[category(p.asin)][reason] ?? [],
  scriptedReturns: [
    {
      asin: TB,
      onOrAfter: '2026-04-14',
      lagDays: 9,
      reason: 'NOT_AS_DESCRIBED',
      comment: '以前買ったものと箱のデザインもロゴの色も違います。偽物ではないかと不安です。',
    },
    {
      asin: BT,
      onOrAfter: '2026-05-22',
      lagDays: 11,
      reason: 'NOT_AS_DESCRIBED',
      comment: '底の刻印の文字が前に買ったものより細く、コピー品のように見えました。',
    },
    {
      asin: PT,
      onOrAfter: '2026-06-02',
      lagDays: 8,
      reason: 'NOT_AS_DESCRIBED',
      comment: '商品ページの写真と付属のカートリッジの形と型番が違います。',
    },
    {
      asin: PT,
      onOrAfter: '2026-08-24',
      lagDays: 6,
      reason: 'MISSING_PARTS',
      comment: '説明書に書かれたカートリッジと違う型番のものが入っていました。',
    },
  ],
  returnsUntil: (p) => (p.salesUntil < NOTICE ? '2026-10-16' : '2026-11-14'),
  orderId: (r) => `${r.pick(['250', '249', '503'])}-${r.digits(7)}-${r.digits(7)}`,
  buyer: (r) => {
    const [state, city, pre] = r.pick(PLACES);
    return {
      state,
      city,
      postal: `${pre}-${r.digits(4)}`,
      name: `${r.pick(SURNAMES)} ${r.pick(GIVEN)}`,
      email: `${r.token(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}@marketplace.example`,
    };
  },
  removal: { date: '2026-10-26', asins: [TB, BT, PT], orderId: REMOVAL_ID, fc: 'NRT5' },
  shipmentRef: (r) => `D${r.token(9, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}`,
  lpn: (r) => `LPN${r.token(10)}`,
};

const records = {
  orders: { file: 'records/全注文レポート_2025-11-01_2026-11-15.txt', encoding: 'cp932' },
  returns: { file: 'records/FBA返品レポート.txt', encoding: 'utf-8' },
  ledger: { file: 'records/在庫台帳_詳細.txt', encoding: 'utf-8' },
  // the summary view (monthly balances): the roll-forward of each cited ASIN
  ledgerSummary: { file: 'records/在庫台帳_概要.txt', encoding: 'utf-8' },
  returnsOrderIdHeader: 'order-id',
  invoiceLines: {
    file: 'records/仕入明細_2025-2026.xlsx',
    sheet: '仕入明細',
    columns: [
      { header: '請求書番号', key: 'invoiceNumber', width: 16 },
      { header: '発行日', key: 'issueDate', width: 12, date: true, numFmt: 'yyyy/mm/dd' },
      { header: '仕入先', key: 'supplier', width: 26 },
      { header: '品番', key: 'productCode', width: 12 },
      { header: '品名', key: 'productName', width: 48 },
      { header: 'ASIN', key: 'asin', width: 13 },
      { header: 'SKU', key: 'sku', width: 14, text: true },
      { header: '数量', key: 'quantity', width: 8 },
      { header: '単価', key: 'unitPrice', width: 9, numFmt: '#,##0' },
      { header: '金額', key: 'amount', width: 11, numFmt: '#,##0' },
      { header: '宛名', key: 'buyerName', width: 22 },
    ],
  },
};

const f = (n) => n.toLocaleString('ja-JP');
const sum = (xs, k) => xs.reduce((s, x) => s + (k ? x[k] : x), 0);

const LETTER = {
  lang: 'ja',
  to: [`${seller.legalName}　御中`, `${staff.ceo} 様`],
};

/** The lot code printed on a unit of invoice `inv` (year, month letter, day of issue). */
const lotOf = (inv) =>
  `${inv.issueDate.slice(2, 4)}${'ABCDEFGHIJKL'[Number(inv.issueDate.slice(5, 7)) - 1]}${inv.issueDate.slice(8)}`;

/**
 * The specification changes the certificates describe, per ASIN: the first lot made to the new
 * specification and what changed. A returned unit whose buyer doubted its authenticity is
 * explained by one of them (inspectedUnits checks that its lot is a new one).
 */
const REVISIONS = {
  [TB]: {
    fromLot: '26C',
    finding:
      '外箱のデザインとロゴの色（銀から白）は2026年3月製造分（ロット 26C 以降）の新仕様で、購入者が以前に購入した旧仕様の商品との違いです。',
  },
  [BT]: {
    fromLot: '26C',
    finding:
      '底面刻印の書体は2026年3月製造分（ロット 26C 以降）の新仕様で、購入者が以前に購入した旧仕様の商品との違いです。',
  },
};

/**
 * The returned units inspected on 2026-10-30: the unsellable returns of the cited ASINs and every
 * complaint unit (a return whose comment doubts authenticity, ctx.complaints: the tool's own
 * rule). FBA graded the complaint units sellable, so they came back with the sellable stock of
 * the removal and were picked out by their LPN labels. Each unit carries the lot code read on
 * it (that of the invoice its goods came on, invoiceOfReturn), whether a certificate
 * (the maker's shipping certificate, the distributor's certificate) lists that lot and, for a
 * complaint unit, the finding. What the narrative says about the inspection is counted from
 * here, so it says what the inspection record shows.
 */
function inspectedUnits(ctx) {
  const cited = [TB, BT, PT];
  const complaint = new Set(ctx.complaints.map((r) => r.lpn));
  for (const r of ctx.complaints)
    if (!cited.includes(r.asin) || r.date >= ctx.def.sim.removal.date)
      throw new Error(`complaint unit ${r.lpn} (${r.asin}, ${r.date}) was not in the removal`);
  return ctx.sim.returns
    .filter((r) => cited.includes(r.asin) && (r.disposition !== 'SELLABLE' || complaint.has(r.lpn)))
    .map((r) => {
      const inv = invoiceOfReturn(ctx.sim, ctx.invoices, r);
      const certified = inv.supplierId === 'shiramine' || inv.supplierId === 'lumina';
      const unit = { ...r, lot: lotOf(inv), invoice: inv.number, certified };
      if (!complaint.has(r.lpn)) return unit;
      const rev = REVISIONS[r.asin];
      if (!rev || !certified || unit.lot < rev.fromLot)
        throw new Error(
          `complaint unit ${r.lpn} (lot ${unit.lot}) has no finding that explains it`,
        );
      return { ...unit, complaint: true, finding: rev.finding };
    });
}

/** The certificate that lists a lot of this supplier. */
const certificateOf = (u) =>
  u.invoice.startsWith('SW-') ? '製造元の出荷証明書' : '代理店の正規販売代理店証明書';

function letters(ctx) {
  const { sim: s, byAsin, invoices: invs } = ctx;
  const shira = suppliers[0];
  const lumi = suppliers[1];
  const removed = (asin, sellable) =>
    sum(
      s.removals.filter((r) => r.asin === asin && (r.disposition === 'SELLABLE') === sellable),
      'qty',
    );
  const producer = 'ハルカゼ雑貨 社内文書';
  const lot = lotOf;
  const units = inspectedUnits(ctx);
  const complaints = units.filter((u) => u.complaint);
  return [
    {
      ...LETTER,
      file: 'documents/FBA在庫返送依頼_控え_2026-10-21.pdf',
      date: '2026-10-21',
      dateText: jaDate('2026-10-21'),
      to: ['社内記録'],
      from: [seller.legalName, staff.warehouse],
      author: seller.legalName,
      title: 'FBA在庫 返送依頼 控え',
      ref: `返送依頼番号 ${REMOVAL_ID}`,
      body: [
        `${jaDate('2026-10-21')}、セラーセントラルの「在庫の返送/所有権の放棄依頼」から、真贋調査の対象となった3ASINの全在庫（販売可能在庫および販売不可在庫）の返送を依頼しました。返送先は当社倉庫（${seller.address}）です。`,
      ],
      table: {
        head: ['ASIN', 'SKU', '販売可能', '販売不可', '合計'],
        widths: [100, 120, 80, 80, 80],
        rows: [TB, BT, PT].map((a) => [
          a,
          P[a].sku,
          f(removed(a, true)),
          f(removed(a, false)),
          f(removed(a, true) + removed(a, false)),
        ]),
      },
      sign: [`作成：${staff.warehouse}`, `確認：${staff.ceo}`],
      producer,
    },
    {
      ...LETTER,
      file: 'documents/白峰ハウスウェア_出荷証明書_2026-10-24.pdf',
      date: '2026-10-24',
      dateText: jaDate('2026-10-24'),
      from: [shira.name, shira.address, `TEL ${shira.phone}`, shira.website],
      title: '製品出荷証明書',
      ref: '白営発第2026-1024号',
      body: [
        '拝啓　平素は格別のお引き立てを賜り、厚く御礼申し上げます。',
        '貴社よりお問い合わせのありました当社製品について、下記のとおり当社から貴社へ直接出荷したことを証明いたします。',
        'なお、当社は2026年3月製造分（ロット記号 26C 以降）より、外箱のデザイン（ロゴの色を銀から白へ変更）および底面刻印の書体を変更しております。旧仕様・新仕様のいずれも当社の正規製品です。',
        '敬具',
      ],
      table: {
        head: ['請求書番号', '発行日', '品番', '数量', 'ロット'],
        widths: [110, 100, 100, 70, 80],
        rows: invs
          .filter((i) => i.supplierId === 'shiramine')
          .flatMap((i) =>
            i.lines
              .filter((l) => l.asin)
              .map((l) => [i.number, jaDate(i.issueDate), l.code, f(l.qty), lot(i)]),
          ),
      },
      sign: [shira.name, '営業部長 佐伯 亮'],
      producer: shira.producer,
    },
    {
      ...LETTER,
      file: 'documents/ルミナ商事_正規代理店証明書_2026-10-27.pdf',
      date: '2026-10-27',
      dateText: jaDate('2026-10-27'),
      from: [lumi.name, lumi.address, `TEL ${lumi.phone}`, lumi.website],
      title: '正規販売代理店証明書',
      ref: 'LM証第2026-118号',
      body: [
        '当社は、AQUAVELL ブランド製品の日本国内における正規輸入販売代理店であることを証明いたします。',
        '貴社に対し、下記の請求書により当社が輸入した正規品を販売いたしました。',
        'なお、浄水ポット 2.0L（品番 AV-PT20W）は、2026年5月出荷分より付属カートリッジを新型（AV-CT2）に変更しております。新旧いずれのカートリッジも当社が取り扱う正規品です。',
      ],
      table: {
        head: ['請求書番号', '発行日', '品番', '数量', 'ロット'],
        widths: [110, 100, 100, 70, 80],
        rows: invs
          .filter((i) => i.supplierId === 'lumina')
          .flatMap((i) =>
            i.lines
              .filter((l) => l.asin)
              .map((l) => [i.number, jaDate(i.issueDate), l.code, f(l.qty), lot(i)]),
          ),
      },
      sign: [lumi.name, '代表取締役 丹羽 恒夫'],
      producer: lumi.producer,
    },
    {
      ...LETTER,
      file: 'documents/返品商品_検品記録_2026-10-30.pdf',
      date: '2026-10-30',
      dateText: jaDate('2026-10-30'),
      to: ['社内記録'],
      from: [seller.legalName, staff.warehouse],
      author: seller.legalName,
      title: '返品商品 検品記録',
      ref: `返送依頼番号 ${REMOVAL_ID}`,
      body: [
        `FBA倉庫から返送された返品 ${f(units.length)}個（販売不可の返品 ${f(units.length - complaints.length)}個と、購入者のコメントが真正性に触れていた返品 ${f(complaints.length)}個）を1個ずつ検品しました。後者は FBA で販売可能と判定されて在庫に戻っていたもので、返送された販売可能在庫の中から LPN ラベルで特定しました。確認項目は、外箱の印刷、底面刻印、ロット記号、付属品、使用の形跡の5点です。ロット記号は、製造元の出荷証明書・代理店の証明書に記載されたロットと照合しました。`,
      ],
      table: {
        head: ['LPN', 'ASIN', '返品日', '返品理由', 'ロット', '照合', '判定'],
        widths: [88, 78, 62, 118, 40, 62, 62],
        rows: units.map((r) => [
          r.lpn,
          r.asin,
          r.date,
          r.reason,
          r.lot,
          r.certified ? '証明書と一致' : '証明書なし',
          r.complaint
            ? '正規品・保管'
            : r.reason === 'DEFECTIVE' || r.reason === 'MISSING_PARTS'
              ? 'メーカー返送'
              : '廃棄',
        ]),
      },
      after: complaints.map(
        (u) =>
          `※ ${u.lpn}（${u.asin}、返品日 ${u.date}）：購入者のコメントは真正性を疑うもの。ロット ${u.lot} は請求書 ${u.invoice} と${certificateOf(u)}に記載のロットと一致し、正規品と判定。${u.finding}`,
      ),
      sign: [`検品：${staff.warehouse}`, `確認：${staff.buyer}`],
      producer,
    },
    {
      ...LETTER,
      file: 'documents/出品情報_修正記録_2026-11-02.pdf',
      date: '2026-11-02',
      dateText: jaDate('2026-11-02'),
      to: ['社内記録'],
      from: [seller.legalName, staff.listing],
      author: seller.legalName,
      title: '出品情報 修正記録',
      body: [
        'メーカー・代理店の仕様変更に合わせ、以下の出品情報を修正しました。修正後の画面は保存し、修正日とともに出品管理台帳に記録しています。',
      ],
      table: {
        head: ['ASIN', '修正箇所', '修正前', '修正後'],
        widths: [90, 90, 150, 165],
        rows: [
          [TB, '商品画像', '旧パッケージ（銀ロゴ）', '新パッケージ（白ロゴ）を追加'],
          [TB, '商品説明', '記載なし', '2026年3月以降の仕様変更を明記'],
          [BT, '商品画像', '旧刻印の底面写真', '新刻印の底面写真'],
          [PT, '商品名・説明', 'カートリッジ型番の記載なし', '付属カートリッジ AV-CT2 を明記'],
          [PT, '商品画像', '旧カートリッジ', '新カートリッジ AV-CT2'],
        ],
      },
      sign: [`作成：${staff.listing}`, `確認：${staff.ceo}`],
      producer,
    },
    {
      ...LETTER,
      file: 'documents/商品仕入規程_2026-11-04.pdf',
      date: '2026-11-04',
      dateText: jaDate('2026-11-04'),
      to: ['全従業員'],
      from: [seller.legalName, staff.ceo],
      author: seller.legalName,
      title: '商品仕入規程（2026年11月4日制定）',
      body: [
        '第1条　仕入先は、メーカーまたはメーカーが書面で認めた正規代理店に限る。卸売業者から仕入れる場合は、メーカーまでの流通経路を示す書面を事前に取得する。',
        '第2条　仕入の都度、請求書・納品書・FBA納品プランの番号を仕入管理表の同じ行に記録する。',
        '第3条　仕入先が発行する書類は、請求書に限らず原本のまま保管し、書き込みをしない。',
        '第4条　本規程の遵守状況は、毎月第1営業日に代表取締役が仕入管理表を確認し、確認欄に署名する。',
      ],
      table: {
        head: ['業務', '担当', '頻度', '記録'],
        widths: [160, 120, 100, 115],
        rows: [
          ['流通経路の書面確認', '仕入担当', '新規仕入の都度', '仕入先台帳'],
          ['請求書と入荷数の照合', '出荷・在庫担当', '入荷の都度', '仕入管理表'],
          ['仕入管理表の確認', '代表取締役', '毎月第1営業日', '確認欄の署名'],
        ],
      },
      sign: [seller.legalName, staff.ceo],
      producer,
    },
    {
      ...LETTER,
      file: 'documents/規約読み合わせ_実施記録_2026-11-06.pdf',
      date: '2026-11-06',
      dateText: jaDate('2026-11-06'),
      to: ['社内記録'],
      from: [seller.legalName, staff.ceo],
      author: seller.legalName,
      title: '規約読み合わせ 実施記録（第1回）',
      body: [
        '日時：2026年11月6日 10:00〜11:30　場所：本社会議室',
        '資料：Amazon 出品者向けの「偽造品の取り扱いに関するポリシー」「出品規約」「FBA 納品の要件」、当社の商品仕入規程',
      ],
      table: {
        head: ['出席者', '役割', '確認テスト', '署名'],
        widths: [120, 150, 100, 80],
        rows: [
          ['春日 真理子', '代表取締役（進行）', '10/10', '済'],
          ['高槻 健太', '仕入担当', '10/10', '済'],
          ['森本 彩', '出荷・在庫担当', '9/10', '済'],
          ['野々村 悠', '出品管理担当', '10/10', '済'],
          ['岩瀬 美咲', '顧客対応担当', '9/10', '済'],
        ],
      },
      sign: [`記録：${staff.cs}`],
      producer,
    },
  ];
}

function photo(ctx) {
  const inspected = inspectedUnits(ctx);
  const units = inspected.slice(0, 8).map((r, i) => ({
    color: r.asin === BT ? 'black' : r.asin === PT ? 'white' : 'silver',
    label: r.asin === PT ? 'AQUAVELL' : 'SHIRAMINE',
    sticker: `No.${i + 1}`,
  }));
  return {
    file: 'documents/返品検品写真_2026-10-30.png',
    units,
    tag: ['検品済', `2026/10/30  ${inspected.length}個`, `返送 ${REMOVAL_ID}`, '担当 森本'],
  };
}

function narrative(ctx) {
  const { byAsin, sim: s, invoices: invs } = ctx;
  const T = byAsin[TB];
  const B = byAsin[BT];
  const W = byAsin[PT];
  const cited = [T, B, W];
  const invFor = (asin) => invs.filter((i) => i.lines.some((l) => l.asin === asin));
  const receiptsAfter = invs.every((i) =>
    s.receipts.filter((r) => r.invoice === i.number).every((r) => r.date > i.issueDate),
  );
  if (!receiptsAfter) throw new Error('a receipt is dated before its invoice');
  const lags = invs.map((i) => {
    const first = s.receipts
      .filter((r) => r.invoice === i.number)
      .map((r) => r.date)
      .sort()[0];
    return (Date.parse(first) - Date.parse(i.issueDate)) / 864e5;
  });
  // the returns check asks about (the tool's rule), as the inspection record covers them
  const counterfeit = ctx.complaints;
  const removed = (asin, sellable) =>
    sum(
      s.removals.filter((r) => r.asin === asin && (r.disposition === 'SELLABLE') === sellable),
      'qty',
    );
  const inspected = inspectedUnits(ctx);
  const complaints = inspected.filter((u) => u.complaint);
  const unsellable = inspected.filter((u) => !u.complaint);
  const byReason = (reason) => inspected.filter((r) => r.reason === reason).length;
  const reasonList = [...new Set(inspected.map((r) => r.reason))].sort();
  const toMaker = unsellable.filter(
    (r) => r.reason === 'DEFECTIVE' || r.reason === 'MISSING_PARTS',
  ).length;
  const sellableRemoved = removed(TB, true) + removed(BT, true) + removed(PT, true);
  const scanInv = invs.find((i) => i.form === 'scan');
  const title = (a) => P[a].title;
  const period = (pred) => {
    const sold = sum(
      s.orders.filter(
        (o) =>
          (o.asin === TB || o.asin === BT) &&
          o.status !== 'Cancelled' &&
          o.date >= ctx.windowFrom &&
          o.date <= NOTICE &&
          pred(o.date),
      ),
      'qty',
    );
    const ret = sum(
      s.returns.filter(
        (r) =>
          (r.asin === TB || r.asin === BT) &&
          r.date >= ctx.windowFrom &&
          r.date <= NOTICE &&
          pred(r.date),
      ),
      'qty',
    );
    return `${((ret / sold) * 100).toFixed(1)}%（${f(ret)}個 ÷ ${f(sold)}個）`;
  };
  const beforeAfter = {
    before: period((d) => d < '2026-04-01'),
    after: period((d) => d >= '2026-04-01'),
  };
  const rate = (n) => `${n.returnRatePct.toFixed(1)}%`;
  const wholesalePt = scanInv.lines.find((l) => l.asin === PT).qty;

  return {
    issue: [
      `${jaDate(NOTICE)}、Amazon.co.jp から当店「${seller.storeName}」（出品者ID ${seller.merchantId}）に対し、出品商品の真正性に関する通知（真贋調査）を受領しました。対象は **3ASIN**（${TB}、${BT}、${PT}）です。`,
      '',
      '通知では、購入者から商品が本物ではない可能性があるとの申し立てがあったこと、および仕入先の請求書と改善計画の提出が求められています。当店は通知を受けた当日に対象3ASINの出品を停止し、本書で、仕入の証拠、返品の調査結果、根本原因、実施済みの対応、再発防止策をご報告します。',
    ],
    products: [
      `${TB} と ${BT}（SHIRAMINE）は製造元の${suppliers[0].name}から直接、${PT}（AQUAVELL）は正規輸入代理店の${suppliers[1].name}から仕入れています。ただし ${PT} のうち2026年4月の ${wholesalePt}個は、卸売業者の${suppliers[2].name}から仕入れました（請求書 No. ${ctx.invoices.find((i) => i.form === 'scan').number}）。この卸売業者については流通経路を書面で確認しておらず、「問題の根本的な原因」の3に記載します。`,
      '',
      '当店が商品の改造・詰め替えを行ったことはありません。',
      '',
      `対象外の2商品（${CT} AQUAVELL 交換カートリッジ、${KT} KOMOREBI キッチンツール）も同じ期間に販売しており、照合表に参考として記載します。`,
    ],
    sourcing: [
      `通知受領日の前365日（${jaDate(ctx.windowFrom)}〜${jaDate(NOTICE)}）の仕入・納品・販売の数量は次のとおりです。数量は、仕入先の請求書、Amazon の在庫台帳（受領）、全注文レポート（販売、キャンセルを除く）から集計しました。`,
      '',
      ...cited.map(
        (n) =>
          `- **${n.asin}**：仕入 ${f(n.invoiced)}個（請求書 ${invFor(n.asin).length}通）、FBA受領 ${f(n.received)}個、販売 ${f(n.sold)}個`,
      ),
      '',
      `3ASINとも、請求書の数量が販売数量を上回っており、仕入れた数量と FBA 倉庫で受領された数量は一致しています。すべての請求書は、その商品の FBA 受領日より前の日付で発行されています（発行から最初の受領まで ${Math.min(...lags)}〜${Math.max(...lags)}日）。`,
      '',
      `請求書はすべて宛名が当社の正式名称「${seller.legalName}」で、仕入先の住所・電話番号・ウェブサイトが記載された原本です。${suppliers[2].name}の請求書（No. ${scanInv.number}）のみ紙で受領したため、スキャンした画像を添付します。納品書は、${suppliers[0].name}の 2026年3月27日の納品分を代表として添付します。`,
    ],
    returnComments: [
      `同じ期間の対象3ASINの返品は合計 ${f(sum(cited, 'returned'))}個でした。このうち、購入者のコメントが商品の真正性に触れているものは **${counterfeit.length}件** です。`,
      '',
      ...counterfeit.map(
        (r) => `- ${jaDate(r.date)}返品、${r.asin}、返品理由 ${r.reason}：「${r.comment}」`,
      ),
      '',
      `ほかに、${PT} について付属カートリッジの形や型番が商品ページと違うというコメントが2件ありました。いずれも、メーカー・代理店が行った仕様変更を当店の商品ページに反映していなかったことが原因です（「問題の根本的な原因」で説明します）。`,
    ],
    returnInspection: [
      `${jaDate('2026-10-21')}に対象3ASINの全在庫の返送を依頼し、${jaDate('2026-10-26')}に当社倉庫で受け取りました。${jaDate('2026-10-30')}、${staff.warehouse}が、返送された返品のうち、販売不可の${unsellable.length}個と、購入者のコメントが真正性に触れていた${complaints.length}個の計 **${inspected.length}個** を1個ずつ検品し、${staff.buyer}が結果を確認しました。`,
      '',
      '- 外箱の印刷、底面刻印、ロット記号、付属品、使用の形跡の5点を確認しました。',
      ...(() => {
        const ok = inspected.filter((u) => u.certified).length;
        return [
          ok === inspected.length
            ? `- ${inspected.length}個すべてで、ロット記号が製造元の出荷証明書・代理店の証明書に記載されたロットと一致しました（検品記録のとおり）。`
            : `- ロット記号は ${inspected.length}個中 ${ok}個が製造元の出荷証明書・代理店の証明書に記載されたロットと一致しました。残る ${inspected.length - ok}個は卸売業者経由の仕入分で、照合できる証明書がありません（検品記録のとおり）。`,
        ];
      })(),
      `- 返品理由の内訳は、${reasonList.map((r) => `${r} ${byReason(r)}個`).join('、')}でした。`,
      `- 販売不可の返品のうち、初期不良・付属品の欠品として返品された ${toMaker}個はメーカー・代理店に返送して原因の調査を依頼し、残る ${unsellable.length - toMaker}個は廃棄しました。`,
      '',
      `真正性に触れたコメントのあった${complaints.length}個は、返品時に FBA で「販売可能」と判定されて在庫に戻っていましたが、再び販売される前に返送の対象となり、返送された販売可能在庫の中から LPN ラベルで特定しました。検品の結果は次のとおりです。`,
      '',
      ...complaints.map(
        (u) =>
          `- ${u.asin}（${jaDate(u.date)}返品、LPN ${u.lpn}）：正規品でした。ロット ${u.lot} は、請求書 ${u.invoice} と${certificateOf(u)}に記載のロットと一致します。${u.finding}`,
      ),
      '',
      `この${complaints.length}個を含め、返送された販売可能在庫 ${f(sellableRemoved)}個は当社倉庫で保管し、再販売していません。検品記録と写真を添付します。`,
    ],
    returnRatio: [
      '対象3ASINの販売個数と返品個数（通知受領日の前365日）は次のとおりです。',
      '',
      ...cited.map(
        (n) =>
          `- ${n.asin}：販売 ${f(n.sold)}個、返品 ${f(n.returned)}個（返品率 ${rate(n)}）、うち品質・真正性に関わる理由の返品 ${f(n.qualityReturns)}個`,
      ),
      '',
      `月ごとの販売と返品の推移は、下のグラフのとおりです。SHIRAMINE の2商品の返品率は、パッケージの仕様が変わる前（2026年3月まで）が ${beforeAfter.before}、変わった後（2026年4月以降）が ${beforeAfter.after} でした。真正性に触れたコメントは期間中の${counterfeit.length}件のみです。`,
    ],
    rootCause: [
      '調査の結果、商品そのものは正規品でしたが、当社の業務手順に次の4つの不備があり、それが購入者の疑念と今回の通知につながったと判断しました。',
      '',
      '**1. 仕様変更を出品情報に反映する手順がなかった**',
      `メーカーは2026年3月製造分から ${TB}・${BT} の外箱と底面刻印を変更し、代理店は2026年5月出荷分から ${PT} の付属カートリッジを新型に変更しました。当社には仕入先からの仕様変更の連絡を受けて商品ページを直す担当も手順もなく、旧仕様の画像と説明のまま販売していました。`,
      '',
      '**2. 返品商品を自社で確認する手順がなかった**',
      `品質や真正性に触れた返品も、FBA 倉庫の判定が「販売可能」であれば、当社が中身を見ないまま在庫に戻っていました。${TB} と ${BT} で偽物・コピー品に触れたコメントのあった返品も、そのまま在庫に戻っていました。`,
      '',
      '**3. 卸売業者の流通経路を書面で確認していなかった**',
      `2026年4月に ${PT}（浄水ポット）${wholesalePt}個を卸売業者から仕入れた際、正規代理店から仕入れた商品であることを口頭で確認しただけで、書面を取得していませんでした。`,
      '',
      '**4. 請求書・納品書・FBA受領を一つの表で管理していなかった**',
      '書類は仕入先ごとのフォルダに、FBA の受領記録はセラーセントラルに分かれていたため、通知後に数量の整合を示すまで3日かかりました。',
    ],
    actionsTaken: [
      `通知の受領後に実施した8件の対応は、一覧のとおり${jaDate('2026-11-06')}までにすべて完了しました。`,
      '',
      `${jaDate('2026-10-26')}に返送された在庫は販売可能 ${f(removed(TB, true) + removed(BT, true) + removed(PT, true))}個、販売不可 ${f(removed(TB, false) + removed(BT, false) + removed(PT, false))}個でした。${jaDate('2026-10-30')}に、販売不可の${f(removed(TB, false) + removed(BT, false) + removed(PT, false))}個と、販売可能在庫の中にあった真正性を疑うコメントの返品${complaints.length}個を検品し、結果を検品記録に残しました。`,
      `${jaDate('2026-11-02')}に、${TB}・${BT}・${PT} の商品ページを現行の仕様（新パッケージ、新しい底面刻印、付属カートリッジ AV-CT2）に合わせて修正しました。`,
      `${jaDate('2026-11-04')}に${suppliers[2].name}への AQUAVELL 製品の発注を止め、それ以降の発注はありません。`,
    ],
    authenticityRules: [
      '真贋チェックのルールを次のとおり定め、2026年11月4日から運用しています。',
      '',
      `- **入荷時**：${staff.warehouse}が、入荷ごとに1箱を開け、外箱の印刷・刻印・ロット記号をメーカーの仕様書と照合し、検品記録に記入します。`,
      `- **仕様変更の受付**：${staff.buyer}が仕入先からの仕様変更の連絡を受けた当日に「仕様変更台帳」に記録し、${staff.listing}に伝えます。`,
      `- **確認**：${staff.ceo}が毎週月曜に検品記録と仕様変更台帳を確認し、確認欄に署名します。`,
    ],
    qualityRules: [
      '返品と不良への対応を次のとおり定めました。',
      '',
      `- 返品理由が DEFECTIVE、QUALITY_UNACCEPTABLE、NOT_AS_DESCRIBED、MISSING_PARTS、SWITCHEROO の返品と、コメントに真正性への疑いが書かれた返品は、FBA の判定にかかわらず毎週水曜に当社倉庫への返送を依頼します（担当：${staff.warehouse}）。`,
      '- 返送された商品は届いた翌営業日までに検品し、再販売・メーカー返送・廃棄のいずれにするかを検品記録に記入します。',
      `- ${staff.cs}が毎週月曜に前週の返品レポートを確認し、品質に関わる返品が同じASINで月3件を超えた場合は、その日のうちに出品を一時停止して代表取締役に報告します。`,
    ],
    purchasingRules: [
      '2026年11月4日に「商品仕入規程」を制定しました（添付資料）。要点は次のとおりです。',
      '',
      '- 仕入先は、メーカーまたはメーカーが書面で認めた正規代理店に限ります。',
      `- 仕入の都度、${staff.warehouse}が請求書番号・納品書番号・FBA 納品プランの番号・受領数量を「仕入管理表」の同じ行に記録します。`,
      '- 請求書の数量と FBA の受領数量が合わない場合は、受領から3営業日以内に仕入先と Amazon に確認し、結果を仕入管理表に記録します。',
      `- ${staff.ceo}が毎月第1営業日に仕入管理表を確認し、確認欄に署名します。`,
    ],
    supplierReview: [
      '既存の3社を次のとおり見直しました。',
      '',
      `- ${suppliers[0].name}（製造元）：継続します。出荷証明書を受領済みです。`,
      `- ${suppliers[1].name}（AQUAVELL 正規輸入代理店）：継続します。正規販売代理店証明書を受領済みで、毎年4月に更新版の提出を受けます。`,
      `- ${suppliers[2].name}（卸売業者）：AQUAVELL 製品の仕入は2026年11月4日に停止しました。KOMOREBI 製品は、メーカーからの流通経路を示す書面を2026年11月30日までに受領できない場合、同日に仕入を停止します。`,
      '',
      `仕入先の一覧と証明書の有効期限は「仕入先台帳」で管理し、${staff.buyer}が毎月第1営業日に期限を確認します。`,
    ],
    supplierSelection: [
      '新しい仕入先は、次の条件をすべて満たした場合に限り取引を始めます。',
      '',
      '- 会社の正式名称、所在地、電話番号、ウェブサイトが確認でき、登記事項を確認できること。',
      '- メーカー本人であるか、メーカーが発行した代理店証明書など流通経路を示す書面を提出できること。',
      '- 当社の正式名称・住所を宛名とする請求書を発行できること。',
      '',
      `${staff.buyer}が「新規仕入先チェックシート」に確認結果と書類の写しを添えて提出し、${staff.ceo}が承認の署名をしてから最初の発注を行います。`,
    ],
    listings: [
      `${jaDate('2026-11-02')}、対象3ASINの商品ページを次のとおり修正しました。`,
      '',
      `- ${TB}：新パッケージ（白ロゴ）の画像を追加し、2026年3月以降の仕様変更を説明に記載しました。`,
      `- ${BT}：底面刻印の写真を新仕様に差し替えました。`,
      `- ${PT}：付属カートリッジの型番（AV-CT2）を商品名と説明に記載し、画像を差し替えました。`,
      '',
      `今後は、${staff.listing}が毎月第2月曜に全出品の画像・説明を仕入先の最新カタログと照合し、結果を出品管理台帳に記録します。`,
    ],
    futureProducts: [
      '今後取り扱う商品は、メーカーから直接、またはメーカーの正規代理店から仕入れられる生活雑貨・キッチン用品に限ります。',
      '',
      `新しい商品を出品する前に、${staff.buyer}が仕入先の流通経路の書面を確認し、${staff.listing}がメーカーの仕様書と商品ページの内容を照合します。両名の確認が出品管理台帳に記録されるまで、出品はしません。`,
    ],
    excludedBrands: [
      '次の商品は取り扱いません。',
      '',
      '- メーカーまたは正規代理店からの流通経路を書面で確認できないブランドの商品',
      '- ブランド所有者が Amazon で出品者を限定しているブランドの商品（出品許可がない場合）',
      '- 並行輸入品',
      '',
      `取扱い不可のブランドは「取扱い不可ブランド一覧」にまとめ、${staff.buyer}が毎月第1営業日に更新します。`,
    ],
    restrictedProducts: [
      'Amazon の「制限対象商品」のルールで出品が制限されている商品（医薬品、医療機器、化粧品の一部、食品の一部など）は、当社では取り扱いません。',
      '',
      `${staff.listing}が、出品前に Amazon の制限対象商品のヘルプページと出品許可の要否を確認し、確認日を出品管理台帳に記録します。`,
    ],
    brandScreening: [
      '新しい商品を発注する前と出品する前の2回、次の確認を行います。',
      '',
      `- 発注前：${staff.buyer}が、ブランド名とメーカー名を「取扱い不可ブランド一覧」と照合し、結果を発注書の確認欄に記入します。`,
      `- 出品前：${staff.listing}が、セラーセントラルでそのブランドの出品制限の有無を確認し、画面を保存します。`,
      `- ${staff.ceo}が毎週月曜に、前週の発注書と出品管理台帳の確認欄に記入漏れがないかを確認し、署名します。`,
    ],
    packingPolicy: [
      `${jaDate('2026-11-05')}、${staff.warehouse}が Amazon の「FBA の梱包・ラベル貼付の要件」を確認し、当社の梱包手順書を改訂しました。`,
      '',
      '- 商品の外箱は開封せず、メーカーの梱包のまま FBA に納品します。',
      '- 商品ラベルは外箱の JAN コードを覆わない位置に貼ります。',
      '- 改訂した手順書は出荷作業台に掲示し、年2回（4月・10月）見直します。',
    ],
    shippingChecks: [
      'FBA への納品前の確認を次のとおり強化しました。',
      '',
      `- ${staff.warehouse}が、納品する商品の JAN コード・数量を請求書と照合し、「納品前チェック表」に記入します。`,
      '- 別の担当者（出品管理担当）がチェック表と箱の中身を再確認し、署名してから発送します。',
      `- ${staff.ceo}が毎週月曜に前週のチェック表を確認し、確認欄に署名します。`,
    ],
    removedInventory: [
      `${jaDate('2026-10-26')}に FBA 倉庫から返送された対象3ASINの在庫は、次のとおり扱います。`,
      '',
      `- 販売可能在庫 ${f(sellableRemoved)}個：出品の再開が認められるまで当社倉庫で保管し、販売しません。このうち、購入者のコメントが真正性を疑っていた${complaints.length}個は、「返品商品の現物の確認」に記載のとおり検品し、正規品と確認しました。保管場所と数量は在庫表に記録し、${staff.warehouse}が毎月末に棚卸しします。`,
      `- 販売不可在庫 ${f(removed(TB, false) + removed(BT, false) + removed(PT, false))}個：「返品商品の現物の確認」に記載のとおり、メーカー返送または廃棄しました。`,
      '',
      '出品再開後に販売する場合は、1個ずつ外箱と付属品を確認し、新しい FBA 納品プランで納品します。',
    ],
    policyTraining: [
      `${jaDate('2026-11-06')}に第1回の規約読み合わせを行い、従業員5名全員が出席しました（実施記録を添付）。`,
      '',
      '- 開催：毎月第1金曜、60分。代表取締役が進行します。',
      '- 内容：Amazon の出品規約・偽造品ポリシーの変更点、当社の仕入規程、前月の返品と検品の結果。',
      `- 記録：${staff.cs}が出席者と確認テストの結果を実施記録に残し、欠席者は翌週までに個別に受講します。`,
    ],
    apology: [
      'このたびは、購入者の皆様と Amazon に、商品の真正性についてご心配とお手数をおかけし、申し訳ございません。',
      '',
      '商品は正規品でしたが、仕様変更を商品ページに反映せず、返品を確認していなかった当社の手順の不備が原因です。本書に記載した対応はすべて実施済みで、再発防止策は担当者・頻度・記録を定めて運用を始めています。出品の再開をご検討いただけますよう、お願い申し上げます。',
    ],
  };
}

function caseJson(ctx) {
  const { invoices: invs } = ctx;
  const docs = [];
  for (const inv of invs) {
    docs.push({
      file: inv.file,
      kind: 'invoice',
      description: inv.form === 'scan' ? '紙の請求書をスキャンした画像' : undefined,
      invoiceNumber: inv.number,
      supplierId: inv.supplierId,
      issueDate: inv.issueDate,
      status: 'final',
      buyerName: seller.legalName,
    });
    const dn = deliveryNotes.find((d) => d.invoice === inv.number);
    if (dn)
      docs.push({
        file: dn.file,
        kind: 'delivery-note',
        description: `請求書 ${inv.number} の納品書`,
        invoiceNumber: dn.number,
        supplierId: inv.supplierId,
        issueDate: dn.date,
        status: 'final',
        buyerName: seller.legalName,
      });
  }
  const L = Object.fromEntries(letters(ctx).map((l) => [l.title, l.file]));
  const file = (prefix) => Object.values(L).find((x) => x.includes(prefix));
  docs.push(
    {
      file: file('白峰ハウスウェア_出荷証明書'),
      kind: 'letter',
      description: 'メーカーの出荷証明書（パッケージ仕様変更の説明を含む）',
      supplierId: 'shiramine',
      issueDate: '2026-10-24',
    },
    {
      file: file('正規代理店証明書'),
      kind: 'letter',
      description: 'AQUAVELL 正規販売代理店証明書',
      supplierId: 'lumina',
      issueDate: '2026-10-27',
    },
    {
      file: file('検品記録'),
      kind: 'inspection',
      description: '返品商品の検品記録',
      issueDate: '2026-10-30',
      // every unit the record lists: the unsellable returns and the returns whose comments doubt
      // authenticity (FBA graded them sellable; they came back with the removal, see section 5)
      lpns: inspectedUnits(ctx).map((u) => u.lpn),
    },
    {
      file: 'documents/返品検品写真_2026-10-30.png',
      kind: 'photo',
      description: '検品した返品商品の写真',
      issueDate: '2026-10-30',
    },
    {
      file: file('FBA在庫返送依頼'),
      kind: 'other',
      description: 'FBA在庫の返送依頼の控え',
      issueDate: '2026-10-21',
    },
    {
      file: file('出品情報_修正記録'),
      kind: 'other',
      description: '出品情報の修正記録',
      issueDate: '2026-11-02',
    },
    {
      file: file('商品仕入規程'),
      kind: 'other',
      description: '商品仕入規程',
      issueDate: '2026-11-04',
    },
    {
      file: file('規約読み合わせ'),
      kind: 'other',
      description: '規約読み合わせの実施記録',
      issueDate: '2026-11-06',
    },
  );
  const n = narrative(ctx);
  const cited = [TB, BT, PT];
  const sellableRemoved = sum(
    ctx.sim.removals.filter((r) => cited.includes(r.asin) && r.disposition === 'SELLABLE'),
    'qty',
  );
  const unsellableRemoved = sum(
    ctx.sim.removals.filter((r) => cited.includes(r.asin) && r.disposition !== 'SELLABLE'),
    'qty',
  );
  const inspected = inspectedUnits(ctx);
  const complaintCount = inspected.filter((u) => u.complaint).length;
  return {
    '//': GENERATED_NOTE,
    $schema: '../../schema/case.schema.json',
    schemaVersion: 1,
    language: 'ja',
    kind: 'authenticity',
    marketplace: 'amazon.co.jp',
    seller,
    notice: {
      receivedOn: NOTICE,
      type: '真贋調査（出品商品の真正性に関する申し立て）',
      text: [
        'Amazon.co.jp の出品者様',
        '',
        '購入者から、出品者様が出品している以下の商品が本物ではないとの申し立てがありました。このため、以下の ASIN の出品を停止しました。',
        '',
        `ASIN: ${TB}, ${BT}, ${PT}`,
        '',
        '出品を再開するには、以下を提出してください。',
        '・過去365日間の仕入を証明する請求書または領収書（仕入先の名前、住所、電話番号、ウェブサイトが記載されたもの）',
        '・問題の根本原因、問題を解決するために実施した対応、今後同様の問題を防ぐための対策を記載した改善計画書',
        '',
        'Amazon.co.jp 出品パフォーマンスチーム',
      ].join('\n'),
      citedAsins: [TB, BT, PT],
      referenceId: 'JP-AUTH-2026-1020-3381',
    },
    products: products.map((p) => ({
      asin: p.asin,
      skus: [p.sku],
      title: p.title,
      brand: p.brand,
      supplierIds: p.supplierIds,
      jan: p.jan,
    })),
    suppliers: suppliers.map(
      ({ id, name, kind, address, phone, website, email, contactPerson, aliases }) => ({
        id,
        name,
        kind,
        address,
        phone,
        website,
        email,
        contactPerson,
        aliases,
      }),
    ),
    documents: docs.map((d) =>
      Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)),
    ),
    actionsTaken: [
      {
        date: '2026-10-20',
        what: '対象3ASINの出品を停止しました。',
        evidence: [],
        noEvidenceReason:
          'セラーセントラル上の操作で、書類は発生しません。出品停止の状態は Amazon 側で確認できます。',
      },
      {
        date: '2026-10-21',
        what: `対象3ASINの FBA 在庫すべて（販売可能 ${f(sellableRemoved)}個、販売不可 ${f(unsellableRemoved)}個）の返送を依頼しました（返送依頼番号 ${REMOVAL_ID}）。`,
        evidence: [file('FBA在庫返送依頼')],
      },
      {
        date: '2026-10-24',
        what: `${suppliers[0].name}から、当社への出荷分とパッケージの仕様変更を記した出荷証明書を受け取りました。`,
        evidence: [file('白峰ハウスウェア_出荷証明書')],
      },
      {
        date: '2026-10-27',
        what: `${suppliers[1].name}から、正規販売代理店証明書と付属カートリッジ変更の説明を受け取りました。`,
        evidence: [file('正規代理店証明書')],
      },
      {
        date: '2026-10-30',
        what: `返送された販売不可の返品 ${inspected.length - complaintCount}個と、真正性を疑うコメントのあった返品 ${complaintCount}個（販売可能在庫の中から LPN で特定）を1個ずつ検品し、記録と写真を残しました。`,
        evidence: [file('検品記録'), 'documents/返品検品写真_2026-10-30.png'],
      },
      {
        date: '2026-11-02',
        what: '対象3ASINの商品画像と商品説明を現行仕様に修正しました。',
        evidence: [file('出品情報_修正記録')],
      },
      {
        date: '2026-11-04',
        what: `商品仕入規程を制定し、流通経路の書面がない${suppliers[2].name}からの AQUAVELL 製品の仕入を停止しました。`,
        evidence: [file('商品仕入規程')],
      },
      {
        date: '2026-11-06',
        what: '全従業員5名で Amazon の規約と仕入規程の読み合わせを行い、確認テストを実施しました。',
        evidence: [file('規約読み合わせ')],
      },
    ],
    // the three answers of the summary page and form.txt, short enough for one page
    summary: {
      rootCause: [
        '商品は正規品でしたが、当社の手順に4つの不備がありました。',
        '- 仕入先の仕様変更（外箱・底面刻印・付属カートリッジ）を商品ページに反映する担当も手順もなかった',
        '- 返品された商品を自社で確認する手順がなかった',
        `- 卸売業者（${suppliers[2].name}）の流通経路を書面で確認していなかった`,
        '- 請求書・納品書・FBA受領を一つの表で管理していなかった',
      ],
      actionsTaken: [
        '- 2026年10月20日：対象3ASINの出品を停止しました。',
        '- 2026年10月21日：対象3ASINの FBA 在庫すべての返送を依頼しました。',
        '- 2026年10月24日・27日：製造元の出荷証明書と代理店の正規販売代理店証明書を受け取りました。',
        '- 2026年10月30日：販売不可の返品と、真正性を疑うコメントのあった返品を1個ずつ検品し、ロット記号を証明書と照合しました。',
        '- 2026年11月2日：対象3ASINの商品ページを現行仕様に修正しました。',
        `- 2026年11月4日：商品仕入規程を制定し、${suppliers[2].name}からの AQUAVELL 製品の仕入を停止しました。`,
        '- 2026年11月6日：全従業員5名で規約と仕入規程の読み合わせを行いました。',
      ],
      prevention: [
        `- 入荷ごとに、${staff.warehouse}が外箱・刻印・ロット記号を仕様書と照合し、検品記録に記入します。`,
        `- 毎週水曜に、${staff.warehouse}が品質・真正性に関わる返品の返送を依頼し、届いた翌営業日までに検品します。`,
        `- 仕入の都度、${staff.warehouse}が請求書・納品書・FBA 受領数量を仕入管理表の同じ行に記録します。`,
        `- 新しい仕入先は、${staff.buyer}が流通経路の書面を確認し、${staff.ceo}が承認してから発注します。`,
        `- 毎週月曜に${staff.ceo}が検品記録・チェック表・発注書を確認して署名し、毎月第1金曜に全員で規約を読み合わせます。`,
      ],
    },
    narrative: n,
    records: {
      headerAliases: {
        invoiceLines: {
          invoiceNumber: ['請求書番号'],
          issueDate: ['発行日'],
          supplier: ['仕入先'],
          productCode: ['品番'],
          productName: ['品名'],
          quantity: ['数量'],
          buyerName: ['宛名'],
        },
      },
      productCodes: products
        .map((p) => ({ supplierId: p.supplierIds[0], code: p.code, asin: p.asin }))
        .concat([{ supplierId: 'shinonome', code: P[PT].code, asin: PT }]),
    },
    build: { date: '2026-11-10', uploadLimitMiB: 10 },
  };
}

export default {
  id: 'ja-authenticity',
  seed: SEED,
  lang: 'ja',
  currency: 'JPY',
  taxRate: 0.1,
  taxOf: () => 0,
  offset: '+09:00',
  salesChannel: 'Amazon.co.jp',
  country: 'JP',
  formatDate: jaDate,
  seller,
  notice: { receivedOn: NOTICE, citedAsins: [TB, BT, PT] },
  products,
  suppliers,
  invoices,
  deliveryNotes,
  sim,
  records,
  letters,
  photo,
  caseJson,
};
