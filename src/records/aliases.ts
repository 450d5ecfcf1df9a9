/**
 * Header aliases: the names under which each field of each report kind appears, as data.
 * Amazon's English headers (with hyphens, spaces or neither), the variants of other
 * marketplaces and Japanese localized headers. case.json `records.headerAliases` adds to them.
 *
 * Headers are compared after `normalizeHeader`: NFKC, lower case, without spaces, hyphens,
 * underscores, dots, slashes and brackets — so `amazon-order-id`, `Amazon Order ID` and
 * `amazonorderid` are one name.
 */
import type { ReportKind } from './types.js';

export type FieldType = 'id' | 'text' | 'int' | 'sint' | 'date' | 'flag';

export interface FieldSpec {
  type: FieldType;
  aliases: string[];
}

export interface KindSpec {
  fields: Record<string, FieldSpec>;
  /** Fields a header row must have for the file to be this kind. */
  required: string[];
  /** At least one of these must be present too (e.g. ASIN or SKU or product code). */
  anyOf?: string[];
  /** Fixed order of slash dates with the year last in this kind (Amazon's ledger: MM/DD/YYYY). */
  dateOrder?: 'MDY' | 'DMY';
}

const orderId = [
  'amazon-order-id',
  'order-id',
  'order id',
  '注文番号',
  '注文ID',
  'オーダーID',
  '注文No',
];
const sku = [
  'sku',
  'seller-sku',
  'merchant-sku',
  'msku',
  '出品者SKU',
  'SKU',
  '出品者 SKU',
  '商品管理番号',
];
const asin = ['asin', 'ASIN'];
const fnsku = ['fnsku', 'FNSKU'];
const quantity = ['quantity', 'qty', '数量', '個数'];

export const KINDS: Record<ReportKind, KindSpec> = {
  allOrders: {
    required: ['orderId', 'purchaseDate', 'sku', 'quantity'],
    fields: {
      orderId: { type: 'id', aliases: orderId },
      purchaseDate: {
        type: 'date',
        aliases: ['purchase-date', 'order-date', '購入日', '購入日時', '注文日', '注文日時'],
      },
      orderStatus: { type: 'text', aliases: ['order-status', '注文ステータス'] },
      itemStatus: { type: 'text', aliases: ['item-status', '商品ステータス', '商品のステータス'] },
      sku: { type: 'id', aliases: sku },
      asin: { type: 'id', aliases: asin },
      quantity: { type: 'int', aliases: [...quantity, 'quantity-purchased', '注文数'] },
      fulfillmentChannel: {
        type: 'text',
        aliases: [
          'fulfillment-channel',
          'fulfilment-channel',
          'フルフィルメントチャネル',
          '出荷元',
        ],
      },
    },
  },
  fbaReturns: {
    required: ['returnDate', 'orderId', 'sku', 'quantity'],
    fields: {
      returnDate: { type: 'date', aliases: ['return-date', '返品日', '返品日時'] },
      orderId: { type: 'id', aliases: orderId },
      sku: { type: 'id', aliases: sku },
      asin: { type: 'id', aliases: asin },
      fnsku: { type: 'id', aliases: fnsku },
      quantity: { type: 'int', aliases: [...quantity, '返品数'] },
      reason: { type: 'text', aliases: ['reason', 'return-reason', '理由', '返品理由'] },
      disposition: {
        type: 'text',
        aliases: ['detailed-disposition', 'disposition', '詳細な処分', '在庫の状態', '状態'],
      },
      status: { type: 'text', aliases: ['status', 'ステータス'] },
      lpn: {
        type: 'id',
        aliases: ['license-plate-number', 'license plate number', 'lpn', 'ライセンスプレート番号'],
      },
      comment: {
        type: 'text',
        aliases: ['customer-comments', 'customer-comment', '購入者のコメント', 'お客様のコメント'],
      },
    },
  },
  ledgerDetail: {
    required: ['date', 'eventType', 'quantity'],
    anyOf: ['fnsku', 'asin', 'sku'],
    dateOrder: 'MDY',
    fields: {
      date: { type: 'date', aliases: ['date', 'date and time', '日付', '日時'] },
      fnsku: { type: 'id', aliases: fnsku },
      asin: { type: 'id', aliases: asin },
      sku: { type: 'id', aliases: ['msku', ...sku] },
      eventType: { type: 'text', aliases: ['event type', 'イベントタイプ', 'イベントの種類'] },
      referenceId: { type: 'id', aliases: ['reference id', '参照ID'] },
      quantity: { type: 'sint', aliases: quantity },
    },
  },
  ledgerSummary: {
    required: ['date', 'receipts', 'customerShipments', 'customerReturns'],
    dateOrder: 'MDY',
    fields: {
      date: { type: 'date', aliases: ['date', 'date and time', '日付', '日時'] },
      fnsku: { type: 'id', aliases: fnsku },
      asin: { type: 'id', aliases: asin },
      sku: { type: 'id', aliases: ['msku', ...sku] },
      receipts: { type: 'sint', aliases: ['receipts', '受領', '受領数'] },
      customerShipments: {
        type: 'sint',
        aliases: ['customer shipments', '購入者への出荷', 'お客様への出荷'],
      },
      customerReturns: {
        type: 'sint',
        aliases: ['customer returns', '購入者からの返品', 'お客様からの返品'],
      },
      // The roll-forward's balances and other movements (Amazon's English headers).
      disposition: { type: 'text', aliases: ['disposition', '在庫の状態'] },
      location: { type: 'text', aliases: ['location', 'fulfillment center', '所在地'] },
      startingBalance: {
        type: 'sint',
        aliases: ['starting warehouse balance', 'starting balance', '期首在庫', '開始時の在庫'],
      },
      endingBalance: {
        type: 'sint',
        aliases: ['ending warehouse balance', 'ending balance', '期末在庫', '終了時の在庫'],
      },
      vendorReturns: { type: 'sint', aliases: ['vendor returns', '返送', '出品者への返送'] },
      transfers: {
        type: 'sint',
        aliases: ['warehouse transfer in/out', 'warehouse transfer in out', '倉庫間移動'],
      },
      found: { type: 'sint', aliases: ['found', '発見'] },
      lost: { type: 'sint', aliases: ['lost', '紛失'] },
      damaged: { type: 'sint', aliases: ['damaged', '破損'] },
      disposed: { type: 'sint', aliases: ['disposed', '廃棄'] },
      otherEvents: { type: 'sint', aliases: ['other events', 'その他のイベント'] },
      unknownEvents: { type: 'sint', aliases: ['unknown events', '不明なイベント'] },
    },
  },
  receivedInventory: {
    required: ['date', 'quantity', 'sku'],
    fields: {
      date: { type: 'date', aliases: ['received-date', '受領日'] },
      fnsku: { type: 'id', aliases: fnsku },
      sku: { type: 'id', aliases: sku },
      quantity: { type: 'int', aliases: [...quantity, 'quantity-received', '受領数'] },
      reference: { type: 'id', aliases: ['fba-shipment-id', 'shipment-id', '納品ID', '出荷ID'] },
    },
  },
  // ビジネスレポート 詳細ページ 売上・トラフィック 子商品別 / Detail Page Sales and Traffic By
  // Child Item: one row per child ASIN for the date range chosen when downloading (no dates).
  businessReport: {
    required: ['childAsin', 'unitsOrdered'],
    fields: {
      childAsin: { type: 'id', aliases: ['(child) asin', 'child asin', '（子）ASIN', '子ASIN'] },
      sku: { type: 'id', aliases: sku },
      unitsOrdered: {
        type: 'int',
        aliases: ['units ordered', '注文された商品点数', '注文商品点数'],
      },
    },
  },
  // The seller's own stock book (merchant-fulfilled sellers): units into and out of the seller's
  // warehouse and the balance, per day and product.
  ownStock: {
    required: ['date', 'unitsIn'],
    anyOf: ['asin', 'sku', 'productCode'],
    fields: {
      date: { type: 'date', aliases: ['date', '日付', '入出庫日', '年月日'] },
      asin: { type: 'id', aliases: asin },
      sku: { type: 'id', aliases: sku },
      productCode: {
        type: 'id',
        aliases: ['product code', 'item code', '品番', '商品コード', 'JAN'],
      },
      unitsIn: {
        type: 'int',
        aliases: ['units in', 'stock in', 'qty in', 'quantity in', '入庫数', '入荷数', '入庫'],
      },
      unitsOut: {
        type: 'int',
        aliases: ['units out', 'stock out', 'qty out', 'quantity out', '出庫数', '出庫'],
      },
      balance: {
        type: 'sint',
        aliases: ['balance', 'on hand', 'stock on hand', '在庫数', '残高', '在庫残'],
      },
    },
  },
  fulfilledShipments: {
    required: ['orderId', 'shipmentDate', 'sku', 'quantity'],
    fields: {
      orderId: { type: 'id', aliases: orderId },
      shipmentDate: { type: 'date', aliases: ['shipment-date', '出荷日', '出荷日時'] },
      sku: { type: 'id', aliases: sku },
      quantity: { type: 'int', aliases: ['quantity-shipped', '出荷数', '出荷数量'] },
    },
  },
  reimbursements: {
    required: ['approvalDate', 'reimbursementId', 'quantity'],
    fields: {
      approvalDate: { type: 'date', aliases: ['approval-date', '承認日'] },
      reimbursementId: { type: 'id', aliases: ['reimbursement-id', '補償ID', '補填ID'] },
      orderId: { type: 'id', aliases: orderId },
      sku: { type: 'id', aliases: sku },
      asin: { type: 'id', aliases: asin },
      reason: { type: 'text', aliases: ['reason', '理由'] },
      quantity: {
        type: 'int',
        aliases: ['quantity-reimbursed-total', '補償数合計', '補填数合計'],
      },
    },
  },
  invoiceLines: {
    required: ['invoiceNumber', 'issueDate', 'supplier', 'quantity'],
    anyOf: ['asin', 'sku', 'productCode'],
    fields: {
      invoiceNumber: {
        type: 'id',
        aliases: [
          'invoice number',
          'invoice no',
          'invoice #',
          'invoice id',
          'document number',
          '請求書番号',
          '請求番号',
          'インボイス番号',
          '伝票番号',
          '納品書番号',
          'invoice',
        ],
      },
      issueDate: {
        type: 'date',
        aliases: ['issue date', 'invoice date', '発行日', '請求日', '納品日', 'date', '日付'],
      },
      supplier: {
        type: 'text',
        aliases: [
          'supplier',
          'vendor',
          'supplier name',
          'supplier id',
          '仕入先',
          '仕入先名',
          '仕入れ先',
          '取引先',
          '発行元',
        ],
      },
      asin: { type: 'id', aliases: asin },
      sku: { type: 'id', aliases: sku },
      productCode: {
        type: 'id',
        aliases: [
          'product code',
          'item code',
          'supplier code',
          'part number',
          'model number',
          '品番',
          '商品コード',
          '型番',
          'JANコード',
          'JAN',
        ],
      },
      productName: {
        type: 'text',
        aliases: [
          'product name',
          'item name',
          '商品名',
          '品名',
          'product',
          'description',
          'item',
          '品目',
        ],
      },
      quantity: { type: 'int', aliases: quantity },
      status: {
        type: 'text',
        aliases: ['status', 'document type', 'type', '種別', '区分', 'ステータス', '書類'],
      },
      buyerName: {
        type: 'text',
        aliases: ['buyer', 'buyer name', 'bill to', 'billed to', '購入者', '宛名', '請求先'],
      },
    },
  },
  shippingLog: {
    required: ['orderId', 'expectedShipDate'],
    fields: {
      orderId: { type: 'id', aliases: orderId },
      orderDate: {
        type: 'date',
        aliases: [
          'purchase-date',
          'order date',
          'order-date',
          '購入日',
          '購入日時',
          '注文日',
          '注文日時',
        ],
      },
      expectedShipDate: {
        type: 'date',
        aliases: [
          'latest-ship-date',
          'promise date',
          'promised ship date',
          'expected ship date',
          'ship by',
          'ship-by-date',
          '出荷予定日',
          '出荷期限',
          '発送予定日',
          '発送期限',
        ],
      },
      shippedDate: {
        type: 'date',
        aliases: [
          'ship-confirm date',
          'ship confirm date',
          'ship-confirm-date',
          'shipped date',
          'ship date',
          'shipment-date',
          'actual ship date',
          '出荷日',
          '出荷完了日',
          '出荷通知日',
          '発送日',
          '発送完了日',
        ],
      },
      orderStatus: {
        type: 'text',
        aliases: ['order-status', 'status', '注文ステータス', 'ステータス'],
      },
      itemStatus: { type: 'text', aliases: ['item-status', '商品ステータス', '商品のステータス'] },
      remedy: {
        type: 'text',
        aliases: [
          'remedy',
          'buyer remedy',
          'action taken',
          'action for buyer',
          'resolution',
          '対応',
          '対応内容',
          '顧客対応',
          '購入者への対応',
          'お客様対応',
        ],
      },
      wrongItem: {
        type: 'flag',
        aliases: [
          'wrong item',
          'wrong-item',
          'wrong item shipped',
          '誤出荷',
          '誤発送',
          '誤送付',
          '誤配送',
          '商品違い',
        ],
      },
    },
  },
};

/** The order kinds are tried in, for deterministic choices. */
export const KIND_ORDER: ReportKind[] = [
  'allOrders',
  'fbaReturns',
  'ledgerDetail',
  'ledgerSummary',
  'receivedInventory',
  'businessReport',
  'ownStock',
  'fulfilledShipments',
  'reimbursements',
  'invoiceLines',
  'shippingLog',
];

/** One header name for comparing: NFKC, lower case, no spaces/hyphens/underscores/punctuation. */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s\-_./()（）・:：[\]「」]/g, '');
}

/** Cancelled order or item statuses (Amazon's English and Japanese words). */
export const CANCELLED = ['cancelled', 'canceled', 'キャンセル', 'キャンセル済み', 'キャンセル済'];

/** Fulfilment channel words of order reports: Amazon's warehouses or the seller's own. */
export const CHANNELS: Record<string, 'amazon' | 'merchant'> = {
  amazon: 'amazon',
  afn: 'amazon',
  fba: 'amazon',
  merchant: 'merchant',
  mfn: 'merchant',
  seller: 'merchant',
  出品者: 'merchant',
  自社出荷: 'merchant',
};

/** Event types of the Inventory Ledger (detail) that are receipts. */
export const RECEIPT_EVENTS = ['receipts', 'receipt', '受領', '入荷'];

/** Invoice document statuses; an empty cell is final. */
export const INVOICE_STATUS: Record<string, 'final' | 'quote' | 'proforma' | 'order-confirmation'> =
  {
    final: 'final',
    invoice: 'final',
    'tax invoice': 'final',
    paid: 'final',
    請求書: 'final',
    確定: 'final',
    納品書: 'final',
    領収書: 'final',
    quote: 'quote',
    quotation: 'quote',
    estimate: 'quote',
    見積: 'quote',
    見積書: 'quote',
    見積り: 'quote',
    見積もり: 'quote',
    proforma: 'proforma',
    'pro forma': 'proforma',
    'pro-forma': 'proforma',
    'proforma invoice': 'proforma',
    'pro forma invoice': 'proforma',
    プロフォーマ: 'proforma',
    プロフォーマインボイス: 'proforma',
    'order confirmation': 'order-confirmation',
    'order-confirmation': 'order-confirmation',
    注文確認: 'order-confirmation',
    注文確認書: 'order-confirmation',
    注文請書: 'order-confirmation',
  };
