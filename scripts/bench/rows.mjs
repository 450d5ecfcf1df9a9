// The rows of the benchmark table: an invoice-lines table as the report shows it (§3), the same
// rows for our renderer and for both references. Deterministic.
import { rng } from './prng.mjs';

export const COLUMNS = [
  { key: 'no', ja: 'No.', en: 'No.', width: 0.06, align: 'right' },
  { key: 'invoice', ja: '請求書番号', en: 'Invoice', width: 0.13, align: 'left' },
  { key: 'date', ja: '発行日', en: 'Issued', width: 0.12, align: 'left' },
  { key: 'supplier', ja: '仕入先', en: 'Supplier', width: 0.17, align: 'left' },
  { key: 'asin', ja: 'ASIN', en: 'ASIN', width: 0.13, align: 'left' },
  { key: 'product', ja: '商品名', en: 'Product', width: 0.24, align: 'left' },
  { key: 'qty', ja: '数量', en: 'Qty', width: 0.07, align: 'right' },
  { key: 'doc', ja: '書類', en: 'Doc.', width: 0.08, align: 'left' },
];

const SUPPLIERS = [
  '株式会社北斗トレーディング',
  '東和商事株式会社',
  '有限会社みなと工芸',
  '丸髙販売株式会社',
];
const PRODUCTS = [
  'ミドリ精工 ステンレス製タンブラー 350ml',
  'Kitanoya 真空断熱ボトル 500ml（ブラック、限定色）',
  'ソラノ 竹製まな板',
  'HARUKAZE 鉄製フライパン 24cm 2個セット・ギフト箱入り',
  '青葉工房 琺瑯ケトル',
];

/** N rows of strings keyed by column. */
export function tableRows(n, seed = 5) {
  const r = rng(seed);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const q = r.int(1, 400);
    rows.push({
      no: (i + 1).toLocaleString('en-US'),
      invoice: `S${r.int(1, 6)}-${String(r.int(100, 999_999)).padStart(6, '0')}`,
      date: `2026年${r.int(1, 9)}月${r.int(1, 28)}日`,
      supplier: r.pick(SUPPLIERS),
      asin: `B0${r.int(10_000_000, 99_999_999)}`,
      product: r.pick(PRODUCTS),
      qty: q.toLocaleString('en-US'),
      doc: `D-${String(r.int(1, 110)).padStart(3, '0')}`,
    });
  }
  return rows;
}

export const FONT_REGULAR = new URL(
  '../../node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  import.meta.url,
).pathname;
export const FONT_BOLD = new URL(
  '../../node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  import.meta.url,
).pathname;

/** Reads `--rows N` and `--out FILE` from argv. */
export function tableArgs(argv = process.argv.slice(2)) {
  const get = (name, dflt) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  return { rows: Number(get('--rows', '1000')), out: get('--out', '/dev/null') };
}
