/**
 * samples/en-authenticity: a fictitious US seller (Brightwell Home Goods LLC) answering an
 * inauthentic-item complaint for two ASINs on amazon.com. Every company, person and address is
 * invented; domains end in .example and phone numbers use the 555-01xx range kept for fiction.
 * Records: All Orders in Windows-1252, returns and ledger in UTF-8 (ledger dates MM/DD/YYYY as
 * Amazon writes them in the US), invoice lines as .xlsx with the seller's own English headers.
 */
import { invoiceOfReturn } from './lib/complaints.mjs';
import { addDays, enDate, usDate } from './lib/dates.mjs';
import { withCheckDigit } from './lib/gs1.mjs';

const GENERATED_NOTE =
  'Generated from scripts/samples/en-authenticity.mjs by npm run samples. Edit that module, not this file: the numbers are computed from the generated records.';

const SEED = 0x454e_2026;

const seller = {
  legalName: 'Brightwell Home Goods LLC',
  storeName: 'Brightwell Home',
  merchantId: 'A1BRTWLSAMPLE3',
  address: '2150 Larkspur Parkway, Suite 410, Dayton, OH 45402, USA',
  phone: '+1-937-555-0134',
  email: 'support@brightwell-home.example',
  responsiblePerson: { name: 'Dana Whitaker', role: 'Managing Member' },
};

const staff = {
  owner: 'Dana Whitaker (Managing Member)',
  buyer: 'Marcus Lee (Purchasing Lead)',
  warehouse: 'Priya Raman (Warehouse Lead)',
  listing: 'Owen Castillo (Listing Manager)',
  cs: 'Grace Okafor (Customer Service)',
};

/** UPC-A with its check digit. */
const upc = withCheckDigit;

const suppliers = [
  {
    id: 'kestrel',
    name: 'Kestrel Ridge Outdoor Co.',
    kind: 'manufacturer',
    address: '880 Foundry Road, Boulder, CO 80301, USA',
    phone: '+1-303-555-0177',
    website: 'https://www.kestrelridge.example',
    email: 'wholesale@kestrelridge.example',
    contactPerson: 'Hannah Brooks, Wholesale Accounts',
    aliases: ['Kestrel Ridge'],
    regNo: 'EIN 84-0000317',
    producer: 'Kestrel Ridge ERP 7.1',
    invoiceNotes: [
      'Terms: Net 30. Resale certificate on file: sales tax exempt.',
      'Remit to: Kestrel Ridge Outdoor Co., Pinecrest Federal Bank, account ending 4471.',
    ],
  },
  {
    id: 'harborline',
    name: 'Harborline Distribution Inc.',
    kind: 'authorized-distributor',
    address: '4400 Commerce Way, Suite 12, Reno, NV 89502, USA',
    phone: '+1-775-555-0119',
    website: 'https://www.harborline-dist.example',
    email: 'orders@harborline-dist.example',
    contactPerson: 'Luis Ortega, Account Manager',
    aliases: ['Harborline'],
    regNo: 'EIN 88-0000942',
    producer: 'Harborline OrderDesk',
    invoiceNotes: ['Authorized US distributor of CLEARBROOK products.', 'Terms: Net 30.'],
  },
  {
    id: 'midstate',
    name: 'Midstate Wholesale Supply Co.',
    kind: 'wholesaler',
    address: '1201 Industrial Blvd, Indianapolis, IN 46203, USA',
    phone: '+1-317-555-0152',
    website: 'https://www.midstate-wholesale.example',
    email: 'ar@midstate-wholesale.example',
    contactPerson: 'Beth Kowalski, Sales',
    aliases: ['Midstate Wholesale'],
    regNo: 'EIN 35-0000618',
    producer: 'Midstate Billing 4',
    invoiceNotes: ['Terms: Net 15.'],
  },
];

const LAN = 'B0GK4T7R2A';
const MUG = 'B0GK4T8S5B';
const FB = 'B0HM2W3X9C';
const CF = 'B0HM2W4Y1D';

const products = [
  {
    asin: LAN,
    sku: 'KR-LAN1000',
    fnsku: 'X002KRL1A0',
    title: 'Kestrel Ridge Rechargeable LED Camping Lantern, 1000 Lumens',
    reportTitle: 'Kestrel Ridge Rechargeable LED Camping Lantern, 1000 Lumens – Olive',
    brand: 'Kestrel Ridge',
    supplierIds: ['kestrel'],
    jan: upc('08600012345'),
    code: 'KR-1000-OL',
    price: 39.99,
    cost: 18.5,
    rate: 1.5,
    returnRate: 0.03,
    salesUntil: '2026-10-02',
    season: (m) => (m >= 5 && m <= 8 ? 1.4 : m === 12 ? 1.2 : 0.85),
  },
  {
    asin: MUG,
    sku: 'KR-MUG16-SL',
    fnsku: 'X002KRM6B1',
    title: 'Kestrel Ridge Insulated Camp Mug 16 oz, Slate',
    reportTitle: 'Kestrel Ridge Insulated Camp Mug 16 oz – Slate',
    brand: 'Kestrel Ridge',
    supplierIds: ['kestrel'],
    jan: upc('08600012346'),
    code: 'KR-M16-SL',
    price: 24.99,
    cost: 10.75,
    rate: 1.2,
    returnRate: 0.022,
    salesUntil: '2026-10-02',
  },
  {
    asin: FB,
    sku: 'CB-FB24',
    fnsku: 'X002CBF2C2',
    title: 'CLEARBROOK Water Filter Bottle 24 oz',
    reportTitle: 'CLEARBROOK Water Filter Bottle 24 oz, BPA-free',
    brand: 'CLEARBROOK',
    supplierIds: ['harborline'],
    jan: upc('08600077701'),
    code: 'CB-24',
    price: 29.99,
    cost: 13.2,
    rate: 1.2,
    returnRate: 0.015,
    salesUntil: '2026-10-30',
  },
  {
    asin: CF,
    sku: '000731',
    fnsku: 'X002FHC7D3',
    title: 'Fernhollow Café Pour-Over Coffee Set',
    reportTitle: 'Fernhollow Café Pour-Over Coffee Set, Glass Carafe 20 oz',
    brand: 'Fernhollow',
    supplierIds: ['midstate'],
    jan: upc('08600055507'),
    code: 'FH-PO20',
    price: 34.99,
    cost: 15.4,
    rate: 0.6,
    returnRate: 0.02,
    salesUntil: '2026-10-30',
    season: (m) => (m === 12 ? 1.6 : 1),
  },
];
const P = Object.fromEntries(products.map((p) => [p.asin, p]));
const line = (asin, qty) => ({
  asin,
  code: P[asin].code,
  name: P[asin].title,
  qty,
  unit: 'ea',
  price: P[asin].cost,
});

const KESTREL_OTHER = [
  ['KR-500-OL', 'LED Lantern 500 Lumens, Olive', 11.9],
  ['KR-HL300', 'Headlamp 300 Lumens', 9.4],
  ['KR-M12-SL', 'Insulated Camp Mug 12 oz, Slate', 8.6],
  ['KR-M16-RD', 'Insulated Camp Mug 16 oz, Canyon Red', 10.75],
  ['KR-BT32', 'Insulated Bottle 32 oz', 14.2],
  ['KR-CS-01', 'Lantern Carry Strap', 2.1],
  ['KR-USB-C1', 'USB-C Charging Cable 1 m', 1.8],
  ['KR-LID-16', 'Replacement Lid for 16 oz Mug', 2.4],
  ['KR-SP-02', 'Camp Spork, 2-pack', 3.1],
  ['KR-TB20', 'Camp Tumbler 20 oz', 9.9],
  ['KR-SL-PAD', 'Lantern Diffuser Pad', 1.5],
  ['KR-HK-01', 'Tent Hook for Lantern', 1.2],
  ['KR-DB-01', 'Dry Bag 10 L', 7.8],
  ['KR-MAT-01', 'Table Mat, Canvas', 6.4],
];
const extras = (list, from, count, qtys) =>
  list.slice(from, from + count).map(([code, name, price], i) => ({
    code,
    name,
    qty: qtys[i % qtys.length],
    unit: 'ea',
    price,
  }));

const invoices = [
  {
    number: 'KR-INV-10452',
    supplierId: 'kestrel',
    issueDate: '2025-11-12',
    lines: [line(LAN, 200), line(MUG, 150), ...extras(KESTREL_OTHER, 6, 2, [50])],
    receipts: [{ lag: 8, share: 1 }],
  },
  {
    number: 'MW-58213',
    supplierId: 'midstate',
    issueDate: '2025-12-02',
    lines: [line(CF, 120)],
    receipts: [{ lag: 6, share: 1 }],
  },
  {
    number: 'HD-260114-07',
    supplierId: 'harborline',
    issueDate: '2026-01-14',
    lines: [line(FB, 300)],
    receipts: [
      { lag: 7, share: 0.5 },
      { lag: 9, share: 0.5 },
    ],
  },
  {
    number: 'KR-INV-10788',
    supplierId: 'kestrel',
    issueDate: '2026-02-18',
    lines: [
      line(LAN, 250),
      line(MUG, 200),
      ...extras(KESTREL_OTHER, 0, 14, [24, 48, 12]),
      ...extras(KESTREL_OTHER, 0, 8, [6]).map((l) => ({
        ...l,
        code: `${l.code}-D`,
        name: `${l.name} (display unit)`,
      })),
    ],
    receipts: [
      { lag: 7, share: 0.6 },
      { lag: 10, share: 0.4 },
    ],
  },
  {
    number: 'KR-INV-11206',
    supplierId: 'kestrel',
    issueDate: '2026-05-21',
    lines: [line(LAN, 250), line(MUG, 200)],
    receipts: [{ lag: 6, share: 1 }],
  },
  {
    number: 'HD-260609-03',
    supplierId: 'harborline',
    issueDate: '2026-06-09',
    lines: [line(FB, 300)],
    receipts: [{ lag: 8, share: 1 }],
  },
  {
    number: 'MW-60047',
    supplierId: 'midstate',
    issueDate: '2026-07-07',
    lines: [line(CF, 150)],
    receipts: [{ lag: 7, share: 1 }],
  },
  {
    number: 'KR-INV-11590',
    supplierId: 'kestrel',
    issueDate: '2026-08-13',
    lines: [line(LAN, 200), line(MUG, 150), ...extras(KESTREL_OTHER, 6, 1, [100])],
    receipts: [
      { lag: 7, share: 0.5 },
      { lag: 9, share: 0.5 },
    ],
  },
];
const FCS = ['PHX7', 'ONT8', 'MDW2', 'CLT2', 'BFI4'];
invoices.forEach((inv, i) => {
  inv.shipmentIds = inv.receipts.map(
    (_, k) => `FBA17${(0x5b2e9 + i * 11 + k).toString(36).toUpperCase()}${'RTWX'[k]}`,
  );
  inv.fcs = inv.receipts.map((_, k) => FCS[(i + k) % FCS.length]);
  inv.file = `documents/invoice-${inv.supplierId}-${inv.number}.pdf`;
});

const deliveryNotes = [
  {
    invoice: 'KR-INV-11206',
    number: 'PS-11206',
    date: '2026-05-21',
    file: 'documents/packing-slip-kestrel-PS-11206.pdf',
    notes: [
      'Shipped to: Brightwell Home Goods LLC, Dayton, OH (prep warehouse). Received by: P. Raman.',
    ],
  },
];

const PLACES = [
  ['Austin', 'TX', '787'],
  ['Portland', 'OR', '972'],
  ['Columbus', 'OH', '432'],
  ['Denver', 'CO', '802'],
  ['Raleigh', 'NC', '276'],
  ['Madison', 'WI', '537'],
  ['Tucson', 'AZ', '857'],
  ['Albany', 'NY', '122'],
];
const FIRST = ['Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Avery', 'Jamie', 'Quinn'];
const LAST = ['Smith', 'Johnson', 'Garcia', 'Miller', 'Davis', 'Martinez', 'Clark', 'Lewis'];

const COMMENTS = {
  lantern: {
    DEFECTIVE: ['Stopped charging after two weeks.', 'Dimmer button sticks.'],
    NOT_AS_DESCRIBED: ['Smaller than I expected.'],
    UNWANTED_ITEM: ['No longer needed.', 'Bought two by mistake.'],
  },
  mug: {
    DEFECTIVE: ['Lid leaks when tilted.'],
    QUALITY_UNACCEPTABLE: ['Scratch on the side.'],
    UNWANTED_ITEM: ['Gift was a duplicate.'],
  },
  other: {
    DEFECTIVE: ['Carafe arrived cracked.', 'Filter cap does not seal.'],
    UNWANTED_ITEM: ['Changed my mind.'],
  },
};
const category = (asin) => (asin === LAN ? 'lantern' : asin === MUG ? 'mug' : 'other');

const NOTICE = '2026-10-06';
const inZone = (d, center) => d >= addDays(center, -3) && d <= addDays(center, 3);
const REMOVAL_ID = 'BW-REM-1007';
/**
 * The manufacturer's product revision (USB-C lantern, printed mug logo): the first batch made to
 * it. Batch codes are the year and month of the invoice the units came on, so the units of
 * invoice KR-INV-10788 (February 2026) are the first revised ones, and the buyer who found a
 * USB-C port in May had one of them.
 */
const REVISION = { batch: '2602', month: 'February 2026' };

const sim = {
  from: '2025-11-15',
  to: '2026-10-31',
  blocked: (d) => inZone(d, NOTICE) || inZone(d, addDays(NOTICE, -365)),
  fcs: FCS,
  reasons: [
    ['UNWANTED_ITEM', 32],
    ['ORDERED_WRONG_ITEM', 8],
    ['FOUND_BETTER_PRICE', 8],
    ['NO_REASON_GIVEN', 8],
    ['DEFECTIVE', 14],
    ['QUALITY_UNACCEPTABLE', 4],
    ['NOT_AS_DESCRIBED', 6],
    ['CUSTOMER_DAMAGED', 5],
    ['DAMAGED_BY_CARRIER', 3],
  ],
  comments: (reason, p) => COMMENTS[category(p.asin)][reason] ?? [],
  scriptedReturns: [
    {
      asin: LAN,
      onOrAfter: '2026-05-04',
      lagDays: 9,
      reason: 'NOT_AS_DESCRIBED',
      comment: 'Charging port is USB-C but the listing says Micro-USB. Is this a fake?',
    },
    {
      asin: MUG,
      onOrAfter: '2026-06-10',
      lagDays: 7,
      reason: 'NOT_AS_DESCRIBED',
      comment: 'The logo print looks different from my other Kestrel mug. Possibly counterfeit.',
    },
    {
      asin: LAN,
      onOrAfter: '2026-07-20',
      lagDays: 8,
      reason: 'MISSING_PARTS',
      comment: 'No Micro-USB cable in the box as the listing photo shows.',
    },
  ],
  returnsUntil: (p) => (p.salesUntil < NOTICE ? '2026-10-02' : '2026-10-30'),
  orderId: (r) => `${r.pick(['111', '112', '113', '114'])}-${r.digits(7)}-${r.digits(7)}`,
  buyer: (r) => {
    const [city, state, pre] = r.pick(PLACES);
    return {
      city,
      state,
      postal: `${pre}${r.digits(2)}`,
      name: `${r.pick(FIRST)} ${r.pick(LAST)}`,
      email: `${r.token(14, 'abcdefghijklmnopqrstuvwxyz0123456789')}@marketplace.example`,
    };
  },
  removal: { date: '2026-10-12', asins: [LAN, MUG], orderId: REMOVAL_ID, fc: 'MDW2' },
  shipmentRef: (r) => `T${r.token(9, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}`,
  lpn: (r) => `LPN${r.token(10)}`,
};

const records = {
  orders: {
    file: 'records/All Orders Report 2025-11-15 to 2026-10-31.txt',
    encoding: 'windows-1252',
  },
  returns: { file: 'records/FBA Customer Returns.txt', encoding: 'utf-8' },
  // Saved once through a spreadsheet program: UTF-8 with a byte-order mark.
  ledger: { file: 'records/Inventory Ledger detail.txt', encoding: 'utf-8-bom' },
  // the summary view (monthly balances): the roll-forward of each cited ASIN
  ledgerSummary: { file: 'records/Inventory Ledger summary.txt', encoding: 'utf-8' },
  ledgerDate: usDate,
  returnsOrderIdHeader: 'amazon-order-id',
  invoiceLines: {
    file: 'records/purchase-lines.xlsx',
    sheet: 'Purchases',
    columns: [
      { header: 'Invoice Number', key: 'invoiceNumber', width: 15 },
      { header: 'Invoice Date', key: 'issueDate', width: 12, date: true, numFmt: 'mm/dd/yyyy' },
      { header: 'Vendor', key: 'supplier', width: 30 },
      { header: 'Item Number', key: 'productCode', width: 12 },
      { header: 'Description', key: 'productName', width: 52 },
      { header: 'ASIN', key: 'asin', width: 13 },
      { header: 'SKU', key: 'sku', width: 13, text: true },
      { header: 'Qty', key: 'quantity', width: 7 },
      { header: 'Unit Cost', key: 'unitPrice', width: 10, numFmt: '$#,##0.00' },
      { header: 'Extended', key: 'amount', width: 11, numFmt: '$#,##0.00' },
      { header: 'Bill To', key: 'buyerName', width: 26 },
    ],
  },
};

const f = (n) => n.toLocaleString('en-US');
const sum = (xs, k) => xs.reduce((s, x) => s + (k ? x[k] : x), 0);
const producer = 'Brightwell Home internal records';

function letters(ctx) {
  const { sim: s, invoices: invs } = ctx;
  const kr = suppliers[0];
  const removed = (asin, sellable) =>
    sum(
      s.removals.filter((r) => r.asin === asin && (r.disposition === 'SELLABLE') === sellable),
      'qty',
    );
  const inspected = inspectedUnits(ctx);
  const complaints = inspected.filter((u) => u.complaint);
  const own = {
    lang: 'en',
    to: ['Internal record'],
    from: [seller.legalName, seller.address],
    author: seller.legalName,
    producer,
  };
  return [
    {
      ...own,
      file: 'documents/removal-order-BW-REM-1007.pdf',
      date: '2026-10-07',
      dateText: enDate('2026-10-07'),
      title: 'FBA Removal Order Record',
      ref: `Removal order ${REMOVAL_ID}`,
      body: [
        `On ${enDate('2026-10-07')} we created removal order ${REMOVAL_ID} in Seller Central for all FBA units of the two ASINs named in the notice, sellable and unfulfillable, to be returned to our warehouse in Dayton, OH.`,
      ],
      table: {
        head: ['ASIN', 'SKU', 'Sellable', 'Unfulfillable', 'Total'],
        widths: [100, 120, 80, 90, 80],
        rows: [LAN, MUG].map((a) => [
          a,
          P[a].sku,
          f(removed(a, true)),
          f(removed(a, false)),
          f(removed(a, true) + removed(a, false)),
        ]),
      },
      sign: [`Prepared by: ${staff.warehouse}`, `Approved by: ${staff.owner}`],
    },
    {
      lang: 'en',
      file: 'documents/kestrel-ridge-supply-confirmation-2026-10-09.pdf',
      date: '2026-10-09',
      dateText: enDate('2026-10-09'),
      to: [seller.legalName, `Attn: ${seller.responsiblePerson.name}`, seller.address],
      from: [kr.name, kr.address, kr.phone, kr.website],
      title: 'Confirmation of Supply and Product Revision',
      ref: 'Ref. KR-CS-2026-0412',
      body: [
        'We confirm that Kestrel Ridge Outdoor Co. manufactured and sold directly to Brightwell Home Goods LLC the products listed below, under the invoices shown.',
        `From production batch ${REVISION.batch} (${REVISION.month}) the Rechargeable LED Camping Lantern (item KR-1000-OL) ships with a USB-C charging port and a USB-C cable instead of Micro-USB, and the Insulated Camp Mug carries a screen-printed logo instead of a laser-etched one. Both versions are genuine Kestrel Ridge products.`,
      ],
      table: {
        head: ['Invoice', 'Date', 'Item', 'Qty', 'Batch'],
        widths: [110, 110, 100, 70, 80],
        rows: invs
          .filter((i) => i.supplierId === 'kestrel')
          .flatMap((i) =>
            i.lines
              .filter((l) => l.asin)
              .map((l) => [
                i.number,
                enDate(i.issueDate),
                l.code,
                f(l.qty),
                `${i.issueDate.slice(2, 4)}${i.issueDate.slice(5, 7)}`,
              ]),
          ),
      },
      sign: [kr.name, 'Hannah Brooks, Wholesale Accounts Manager'],
      producer: kr.producer,
    },
    {
      ...own,
      file: 'documents/returned-units-inspection-2026-10-16.pdf',
      date: '2026-10-16',
      dateText: enDate('2026-10-16'),
      title: 'Inspection of Returned Units',
      ref: `Removal order ${REMOVAL_ID}`,
      body: [
        `Each of the ${inspected.length} returned units received under removal order ${REMOVAL_ID} was opened and checked: the ${inspected.length - complaints.length} unfulfillable returns and the ${complaints.length} returns whose buyers questioned authenticity. FBA had graded those ${complaints.length} sellable; we picked them out of the sellable units by their LPN labels. The points checked: outer box print, logo, batch code, accessories and signs of use. Each batch code was compared with the batches listed in the manufacturer's confirmation of supply.`,
      ],
      table: {
        head: ['LPN', 'ASIN', 'Returned', 'Reason', 'Batch', 'Check', 'Outcome'],
        widths: [88, 78, 62, 118, 40, 62, 62],
        rows: inspected.map((r) => [
          r.lpn,
          r.asin,
          r.date,
          r.reason,
          r.batch,
          r.certified ? 'Matches' : 'Not listed',
          r.complaint
            ? 'Genuine, held'
            : r.reason === 'DEFECTIVE' || r.reason === 'MISSING_PARTS'
              ? 'To maker'
              : 'Disposed',
        ]),
      },
      after: complaints.map(
        (u) =>
          `* ${u.lpn} (${u.asin}, returned ${u.date}): the buyer questioned authenticity. Batch ${u.batch} matches invoice ${u.invoice} and the manufacturer's confirmation of supply: genuine. ${u.finding}`,
      ),
      sign: [`Inspected by: ${staff.warehouse}`, `Checked by: ${staff.buyer}`],
    },
    {
      ...own,
      file: 'documents/listing-corrections-2026-10-19.pdf',
      date: '2026-10-19',
      dateText: enDate('2026-10-19'),
      title: 'Listing Corrections Record',
      body: [
        'The listings below were corrected to match the current product versions confirmed by the manufacturer.',
      ],
      table: {
        head: ['ASIN', 'Field', 'Before', 'After'],
        widths: [90, 90, 160, 155],
        rows: [
          [LAN, 'Bullet 3', 'Micro-USB charging', `USB-C charging (from batch ${REVISION.batch})`],
          [LAN, 'Image 4', 'Micro-USB cable', 'USB-C cable'],
          [MUG, 'Image 1', 'Laser-etched logo', 'Screen-printed logo'],
          [MUG, 'Description', 'No version note', 'Both logo versions described'],
        ],
      },
      sign: [`Prepared by: ${staff.listing}`, `Approved by: ${staff.owner}`],
    },
    {
      ...own,
      to: ['All staff'],
      file: 'documents/purchasing-policy-2026-10-21.pdf',
      date: '2026-10-21',
      dateText: enDate('2026-10-21'),
      title: 'Purchasing Policy (effective October 21, 2026)',
      body: [
        '1. We buy only from manufacturers or from distributors the manufacturer authorizes in writing.',
        '2. For every purchase, the invoice number, packing slip number, FBA shipment ID and units received are entered on the same row of the purchase log.',
        '3. Supplier documents are kept as received, unmarked.',
        '4. The Managing Member reviews and signs the purchase log on the first business day of each month.',
      ],
      table: {
        head: ['Task', 'Owner', 'When', 'Record'],
        widths: [170, 120, 110, 95],
        rows: [
          [
            'Written proof of supply chain',
            'Purchasing Lead',
            'Every new supplier',
            'Supplier file',
          ],
          ['Invoice vs units received', 'Warehouse Lead', 'Every FBA receipt', 'Purchase log'],
          ['Purchase log review', 'Managing Member', '1st business day', 'Signature'],
        ],
      },
      sign: [seller.legalName, staff.owner],
    },
    {
      ...own,
      file: 'documents/policy-training-2026-10-23.pdf',
      date: '2026-10-23',
      dateText: enDate('2026-10-23'),
      title: 'Policy Reading Session Record (No. 1)',
      body: [
        'October 23, 2026, 9:00-10:30, Dayton office.',
        "Material: Amazon's Anti-Counterfeiting Policy, Product Detail Page Rules, FBA prep requirements, and our Purchasing Policy.",
      ],
      table: {
        head: ['Attendee', 'Role', 'Quiz', 'Signed'],
        widths: [120, 150, 80, 80],
        rows: [
          ['Dana Whitaker', 'Managing Member (lead)', '10/10', 'Yes'],
          ['Marcus Lee', 'Purchasing Lead', '10/10', 'Yes'],
          ['Priya Raman', 'Warehouse Lead', '9/10', 'Yes'],
          ['Owen Castillo', 'Listing Manager', '10/10', 'Yes'],
          ['Grace Okafor', 'Customer Service', '9/10', 'Yes'],
        ],
      },
      sign: [`Recorded by: ${staff.cs}`],
    },
  ];
}

function photo(ctx) {
  const inspected = inspectedUnits(ctx);
  return {
    file: 'documents/inspection-photo-2026-10-16.png',
    units: inspected.slice(0, 8).map((r, i) => ({
      color: r.asin === MUG ? 'black' : 'silver',
      label: 'KESTREL',
      sticker: `#${i + 1}`,
    })),
    tag: [
      'INSPECTED',
      `10/16/2026  ${inspected.length} units`,
      `Removal ${REMOVAL_ID}`,
      'By P. Raman',
    ],
  };
}

function narrative(ctx) {
  const { byAsin, sim: s, invoices: invs } = ctx;
  const L = byAsin[LAN];
  const M = byAsin[MUG];
  const cited = [L, M];
  const invFor = (asin) => invs.filter((i) => i.lines.some((l) => l.asin === asin));
  const lags = invs.map((i) => {
    const first = s.receipts
      .filter((r) => r.invoice === i.number)
      .map((r) => r.date)
      .sort()[0];
    return (Date.parse(first) - Date.parse(i.issueDate)) / 864e5;
  });
  if (invs.some((i) => s.receipts.some((r) => r.invoice === i.number && r.date <= i.issueDate)))
    throw new Error('a receipt is dated before its invoice');
  // the returns check asks about (the tool's rule), as the inspection record covers them
  const counterfeit = ctx.complaints;
  const removed = (sellable) =>
    sum(
      s.removals.filter((r) => (r.disposition === 'SELLABLE') === sellable),
      'qty',
    );
  const inspected = inspectedUnits(ctx);
  const complaints = inspected.filter((u) => u.complaint);
  const unfulfillable = inspected.filter((u) => !u.complaint);
  const reasons = [...new Set(inspected.map((r) => r.reason))].sort();
  const toMaker = unfulfillable.filter(
    (r) => r.reason === 'DEFECTIVE' || r.reason === 'MISSING_PARTS',
  ).length;
  const pct = (n) => `${n.returnRatePct.toFixed(1)}%`;

  return {
    issue: [
      `On ${enDate(NOTICE)} Amazon notified our store "${seller.storeName}" (merchant ID ${seller.merchantId}) of an inauthentic-item complaint and deactivated **two ASINs**, ${LAN} (camping lantern) and ${MUG} (camp mug).`,
      '',
      'Amazon asked for supplier invoices covering the last 365 days and a plan of action. We stopped selling both ASINs the same day. This document sets out the purchase evidence, what we found on the returned units, the root causes, the actions already completed and the measures now in place.',
    ],
    products: [
      `Both ASINs are Kestrel Ridge products bought directly from ${suppliers[0].name}, their manufacturer. We never repackage or modify them; each unit is sent to FBA in the manufacturer's box.`,
      '',
      `In the same period we also sold ${FB} (CLEARBROOK, from an authorized distributor) and ${CF} (Fernhollow, from a wholesaler). They are not part of the notice and appear in the reconciliation for reference.`,
    ],
    sourcing: [
      `Units purchased, received by FBA and sold in the 365 days before the notice (${enDate(ctx.windowFrom)} to ${enDate(NOTICE)}), from the supplier invoices, the Inventory Ledger (Receipts) and the All Orders report (cancelled orders excluded):`,
      '',
      ...cited.map(
        (n) =>
          `- **${n.asin}**: invoiced ${f(n.invoiced)} units on ${invFor(n.asin).length} invoices, received ${f(n.received)}, sold ${f(n.sold)}`,
      ),
      '',
      `For both ASINs the invoiced units exceed the units sold, and every invoiced unit was received by FBA. Each invoice is dated before the FBA receipt of its goods (${Math.min(...lags)} to ${Math.max(...lags)} days later). All invoices are addressed to our legal name, ${seller.legalName}, and show the supplier's address, phone number and website. The packing slip for invoice KR-INV-11206 is attached as an example of the delivery records.`,
    ],
    returnComments: [
      `Customers returned ${f(L.returned + M.returned)} units of the two ASINs in the period. **${counterfeit.length}** comments question authenticity:`,
      '',
      ...counterfeit.map(
        (r) => `- Returned ${enDate(r.date)}, ${r.asin}, reason ${r.reason}: "${r.comment}"`,
      ),
      '',
      `One further comment on the lantern reported a missing Micro-USB cable. All three comments describe the ${REVISION.month} product revision (USB-C port, printed logo), which our listings did not yet show.`,
    ],
    returnInspection: [
      `The removal order of ${enDate('2026-10-07')} arrived on ${enDate('2026-10-12')}. On ${enDate('2026-10-16')} ${staff.warehouse} inspected each of the **${inspected.length}** returned units (the ${unfulfillable.length} unfulfillable returns and the ${complaints.length} units whose buyers questioned authenticity) and ${staff.buyer} checked the results.`,
      '',
      '- Points checked: outer box print, logo, batch code, accessories, signs of use.',
      ...(() => {
        const ok = inspected.filter((u) => u.certified).length;
        return [
          ok === inspected.length
            ? `- All ${inspected.length} units carry batch codes listed in the manufacturer's confirmation of supply (see the inspection record).`
            : `- ${ok} of ${inspected.length} units carry batch codes listed in the manufacturer's confirmation of supply; the inspection record lists each unit.`,
        ];
      })(),
      `- Return reasons of the inspected units: ${reasons.map((r) => `${r} ${inspected.filter((x) => x.reason === r).length}`).join(', ')}.`,
      `- Of the unfulfillable units, ${toMaker} defective or incomplete units went back to the manufacturer for analysis and the remaining ${unfulfillable.length - toMaker} ${unfulfillable.length - toMaker === 1 ? 'unit was' : 'units were'} disposed of.`,
      '',
      `FBA had graded the ${complaints.length} units whose buyers questioned authenticity sellable and put them back into stock. They had not been sold again when the removal order brought the sellable units back, and we picked them out by their LPN labels. ${complaints.length === 2 ? 'Both are' : 'All are'} genuine:`,
      '',
      ...complaints.map(
        (u) =>
          `- ${u.asin} (returned ${enDate(u.date)}, LPN ${u.lpn}): batch ${u.batch} matches invoice ${u.invoice} and the manufacturer's confirmation of supply. ${u.finding}`,
      ),
      '',
      `These ${complaints.length} units are held in our warehouse with the other sellable units returned by the removal order (${f(removed(true))} in all), none of which has been sold. The inspection record and a photo are attached.`,
    ],
    returnRatio: [
      'Units sold and returned in the 365 days before the notice:',
      '',
      ...cited.map(
        (n) =>
          `- ${n.asin}: sold ${f(n.sold)}, returned ${f(n.returned)} (${pct(n)}), of which ${f(n.qualityReturns)} for quality or authenticity reasons`,
      ),
      '',
      'The monthly chart in the reconciliation shows sales and returns per month.',
    ],
    rootCause: [
      'The products are genuine. Our investigation found three gaps in our own processes that led buyers to doubt them:',
      '',
      '**1. No process to carry product revisions into our listings.**',
      `From batch ${REVISION.batch} (${REVISION.month}) the manufacturer changed the ${LAN} lantern to USB-C and the ${MUG} mug to a printed logo. Nobody on our team was responsible for updating listings when a supplier announced a change, so both listings kept describing the old version.`,
      '',
      '**2. No inspection of returned units.**',
      `Returns of ${LAN} and ${MUG} that FBA graded sellable went back into stock without our own check, including the units whose buyers questioned authenticity.`,
      '',
      '**3. Purchase records kept in separate places.**',
      'Invoices, packing slips and FBA receipts were filed separately, so matching purchased, received and sold units after the notice took us two days.',
    ],
    actionsTaken: [
      `The seven actions listed were all completed by ${enDate('2026-10-23')}.`,
      '',
      `Removal order ${REMOVAL_ID} brought back ${f(removed(true))} sellable and ${f(removed(false))} unfulfillable units on ${enDate('2026-10-12')}. On ${enDate('2026-10-16')} we inspected every unfulfillable unit and the ${complaints.length} units whose buyers questioned authenticity, and recorded each batch code against the manufacturer's confirmation of supply.`,
      `On ${enDate('2026-10-19')} we corrected ${LAN} to describe USB-C charging and ${MUG} to show the printed logo, the versions shipping since ${REVISION.month}.`,
    ],
    authenticityRules: [
      'Authenticity checks in force since October 21, 2026:',
      '',
      `- **On receipt**: ${staff.warehouse} opens one carton of every delivery, compares box print, logo and batch code with the manufacturer's specification sheet and signs the receiving log.`,
      `- **Product revisions**: ${staff.buyer} records every change a supplier announces in the revision log on the day it arrives and forwards it to ${staff.listing}.`,
      `- **Review**: ${staff.owner} reviews the receiving log and the revision log every Monday and initials both.`,
    ],
    qualityRules: [
      '- Every Wednesday, ' +
        `${staff.warehouse} creates a removal order for all returns with reason DEFECTIVE, QUALITY_UNACCEPTABLE, NOT_AS_DESCRIBED, MISSING_PARTS or SWITCHEROO, and for any return whose comment questions authenticity, whatever grade FBA gave them.`,
      '- Removed units are inspected within one business day of arrival; the outcome (resell, return to maker, dispose) is written in the inspection log.',
      `- Every Monday ${staff.cs} reviews the previous week's returns report. If one ASIN has more than three quality returns in a month, the listing is paused that day and the Managing Member is informed.`,
    ],
    purchasingRules: [
      'Our purchasing policy (attached) took effect on October 21, 2026:',
      '',
      '- We buy only from manufacturers or from distributors the manufacturer authorizes in writing.',
      `- For every purchase ${staff.warehouse} enters the invoice number, packing slip number, FBA shipment ID and units received on one row of the purchase log.`,
      '- A difference between invoiced and received units is raised with the supplier and Amazon within three business days and the outcome is entered in the log.',
      `- ${staff.owner} reviews and signs the purchase log on the first business day of each month.`,
    ],
    supplierReview: [
      `- ${suppliers[0].name} (manufacturer): kept. Confirmation of supply received on ${enDate('2026-10-09')}.`,
      `- ${suppliers[1].name} (authorized distributor of CLEARBROOK): kept. Its authorization letter is renewed every January.`,
      `- ${suppliers[2].name} (wholesaler): we asked on ${enDate('2026-10-21')} for written proof of its supply chain for Fernhollow. If it is not received by November 30, 2026, we stop buying from Midstate that day.`,
      '',
      `${staff.buyer} keeps the supplier file with each supplier's documents and their expiry dates and checks it on the first business day of each month.`,
    ],
    supplierSelection: [
      'A new supplier is used only when all of these are met:',
      '',
      '- legal name, street address, phone number and website verified, and the business registration looked up in the state register;',
      '- it is the manufacturer, or it provides a letter from the manufacturer authorizing it to distribute the brand;',
      `- it issues invoices addressed to ${seller.legalName} at our registered address.`,
      '',
      `${staff.buyer} completes the new-supplier checklist with copies of the documents; ${staff.owner} signs it before the first order is placed.`,
    ],
    listings: [
      `On ${enDate('2026-10-19')} ${staff.listing} corrected both listings:`,
      '',
      `- ${LAN}: bullet 3 and image 4 now show USB-C charging and cable.`,
      `- ${MUG}: image 1 shows the printed logo; the description explains both logo versions.`,
      '',
      `From now on ${staff.listing} compares every listing with the supplier's current catalogue on the second Monday of each month and records the check in the listing log.`,
    ],
    futureProducts: [
      'We will sell outdoor and kitchen goods bought directly from manufacturers or from their authorized distributors.',
      '',
      `Before a new product is listed, ${staff.buyer} files the supply-chain documents and ${staff.listing} checks the listing against the manufacturer's specification. Nothing is listed until both checks are recorded in the listing log.`,
    ],
    excludedBrands: [
      'We do not sell:',
      '',
      '- brands whose supply chain to the manufacturer we cannot document in writing;',
      "- brands that restrict resellers on Amazon, unless we hold the brand's approval;",
      '- grey-market or imported versions of brands sold in the US through exclusive distributors.',
      '',
      `${staff.buyer} updates the excluded-brands list on the first business day of each month.`,
    ],
    restrictedProducts: [
      "We do not list products in Amazon's restricted categories that require approval we do not hold (for example medical devices, pesticides, hazmat batteries shipped loose).",
      '',
      `${staff.listing} checks Amazon's restricted-products pages and the approval status before every new listing and records the date of the check in the listing log.`,
    ],
    brandScreening: [
      `- Before ordering: ${staff.buyer} checks the brand and maker against the excluded-brands list and initials the purchase order.`,
      `- Before listing: ${staff.listing} checks in Seller Central whether the brand is gated and saves a screenshot to the listing log.`,
      `- Every Monday ${staff.owner} checks last week's purchase orders and listing log for missing initials and signs the review sheet.`,
    ],
    packingPolicy: [
      `On ${enDate('2026-10-20')} ${staff.warehouse} reviewed Amazon's FBA packaging and prep requirements and revised our packing instructions:`,
      '',
      "- Units are sent in the manufacturer's packaging, unopened.",
      '- FNSKU labels never cover the UPC or the batch code.',
      '- The instructions hang at the packing bench and are reviewed every April and October.',
    ],
    shippingChecks: [
      `- ${staff.warehouse} checks UPC and quantity of every FBA shipment against the invoice and fills in the pre-shipment checklist.`,
      `- A second person (${staff.listing}) re-checks the checklist against the cartons and signs before the shipment leaves.`,
      `- ${staff.owner} reviews the week's checklists every Monday and signs them.`,
    ],
    removedInventory: [
      `The units removed from FBA under ${REMOVAL_ID}:`,
      '',
      `- ${f(removed(true))} sellable units: held in our warehouse and not sold until Amazon reinstates the ASINs; the ${complaints.length} among them whose buyers questioned authenticity were inspected and found genuine (see the inspection of returned units). ${staff.warehouse} counts them at each month end.`,
      `- ${f(removed(false))} unfulfillable units: returned to the manufacturer or disposed of, as recorded in the inspection record.`,
      '',
      'If the listings are reinstated, the held units are checked again one by one and sent in on a new FBA shipment.',
    ],
    policyTraining: [
      `The first policy reading session took place on ${enDate('2026-10-23')} with all five staff members (record attached).`,
      '',
      '- When: first Friday of every month, 60 minutes, led by the Managing Member.',
      "- Content: changes to Amazon's selling and anti-counterfeiting policies, our purchasing policy, last month's returns and inspections.",
      `- Record: ${staff.cs} records attendance and quiz results; anyone absent completes the session within a week.`,
    ],
    apology: [
      'We apologize to the customers concerned and to Amazon for the doubts our listings caused.',
      '',
      "The units were genuine, but our listings did not reflect the manufacturer's revision and we did not inspect returns. Every action above has been completed, and each preventive measure has a named owner, a schedule and a record. We respectfully ask Amazon to reinstate both ASINs.",
    ],
  };
}

/** What a complaint unit of each ASIN showed: the revision the buyer took for a fake. */
const FINDINGS = {
  [LAN]: `Its USB-C port is the revision the manufacturer introduced with batch ${REVISION.batch}; our listing still said Micro-USB.`,
  [MUG]: `Its screen-printed logo is the revision the manufacturer introduced with batch ${REVISION.batch}; the buyer's earlier mug has the laser-etched logo.`,
};

/**
 * The returned units inspected on 2026-10-16: the unfulfillable returns of the two ASINs and
 * every complaint unit (a return whose comment doubts authenticity, ctx.complaints: the tool's
 * own rule). FBA graded the complaint units sellable, so they came back with the sellable units
 * of the removal order and were picked out by their LPN labels. Each unit carries the batch code
 * read on it (that of the invoice its goods came on, invoiceOfReturn), whether the
 * maker's confirmation lists it and, for a complaint unit, the finding. The narrative's
 * inspection sentences are counted from here.
 */
function inspectedUnits(ctx) {
  const cited = [LAN, MUG];
  const complaint = new Set(ctx.complaints.map((r) => r.lpn));
  for (const r of ctx.complaints)
    if (!cited.includes(r.asin) || r.date >= ctx.def.sim.removal.date)
      throw new Error(`complaint unit ${r.lpn} (${r.asin}, ${r.date}) was not in the removal`);
  return ctx.sim.returns
    .filter((r) => cited.includes(r.asin) && (r.disposition !== 'SELLABLE' || complaint.has(r.lpn)))
    .map((r) => {
      const inv = invoiceOfReturn(ctx.sim, ctx.invoices, r);
      const unit = {
        ...r,
        batch: `${inv.issueDate.slice(2, 4)}${inv.issueDate.slice(5, 7)}`,
        invoice: inv.number,
        certified: inv.supplierId === 'kestrel',
      };
      if (!complaint.has(r.lpn)) return unit;
      if (!FINDINGS[r.asin] || !unit.certified || unit.batch < REVISION.batch)
        throw new Error(
          `complaint unit ${r.lpn} (batch ${unit.batch}) has no finding that explains it`,
        );
      return { ...unit, complaint: true, finding: FINDINGS[r.asin] };
    });
}

function caseJson(ctx) {
  const docs = [];
  for (const inv of ctx.invoices) {
    docs.push({
      file: inv.file,
      kind: 'invoice',
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
        description: `Packing slip for invoice ${inv.number}`,
        // the slip's own number, as printed on it (the description names the invoice)
        invoiceNumber: dn.number,
        supplierId: inv.supplierId,
        issueDate: dn.date,
        status: 'final',
        buyerName: seller.legalName,
      });
  }
  const Ls = letters(ctx);
  const file = (part) => Ls.find((l) => l.file.includes(part)).file;
  docs.push(
    {
      file: file('supply-confirmation'),
      kind: 'letter',
      description: "Manufacturer's confirmation of supply and product revision",
      supplierId: 'kestrel',
      issueDate: '2026-10-09',
    },
    {
      file: file('inspection-2026'),
      kind: 'inspection',
      description: 'Inspection of returned units',
      issueDate: '2026-10-16',
      // every unit the record lists: the unfulfillable returns and the returns whose comments
      // doubt authenticity (FBA graded them sellable; they came back with the removal, see §5)
      lpns: inspectedUnits(ctx).map((u) => u.lpn),
    },
    {
      file: 'documents/inspection-photo-2026-10-16.png',
      kind: 'photo',
      description: 'Photo of the inspected units',
      issueDate: '2026-10-16',
    },
    {
      file: file('removal-order'),
      kind: 'other',
      description: 'FBA removal order record',
      issueDate: '2026-10-07',
    },
    {
      file: file('listing-corrections'),
      kind: 'other',
      description: 'Listing corrections record',
      issueDate: '2026-10-19',
    },
    {
      file: file('purchasing-policy'),
      kind: 'other',
      description: 'Purchasing policy',
      issueDate: '2026-10-21',
    },
    {
      file: file('policy-training'),
      kind: 'other',
      description: 'Policy reading session record',
      issueDate: '2026-10-23',
    },
  );
  const sellableRemoved = sum(
    ctx.sim.removals.filter((r) => r.disposition === 'SELLABLE'),
    'qty',
  );
  const unsellableRemoved = sum(
    ctx.sim.removals.filter((r) => r.disposition !== 'SELLABLE'),
    'qty',
  );
  const inspected = inspectedUnits(ctx);
  const complaintCount = inspected.filter((u) => u.complaint).length;
  return {
    '//': GENERATED_NOTE,
    $schema: '../../schema/case.schema.json',
    schemaVersion: 1,
    language: 'en',
    kind: 'authenticity',
    marketplace: 'amazon.com',
    seller,
    notice: {
      receivedOn: NOTICE,
      type: 'Inauthentic item complaint',
      text: [
        'Hello,',
        '',
        'We received a complaint that one or more of the items listed below, sold by you, are inauthentic. As a result, we have deactivated the following listings:',
        '',
        `ASIN: ${LAN}, ${MUG}`,
        '',
        'To reactivate your listings, please provide:',
        '- Invoices or receipts from your supplier for the last 365 days, showing the supplier name, address, phone number and website.',
        '- A plan of action that explains the root cause of the complaint, the actions you have taken to resolve it, and the steps you will take to prevent it.',
        '',
        'Seller Performance Team, Amazon.com',
      ].join('\n'),
      citedAsins: [LAN, MUG],
      referenceId: 'US-AUTH-2026-1006-5527',
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
    documents: docs,
    actionsTaken: [
      {
        date: '2026-10-06',
        what: `Stopped selling ${LAN} and ${MUG}.`,
        evidence: [],
        noEvidenceReason: 'A Seller Central setting; Amazon can see the listings are inactive.',
      },
      {
        date: '2026-10-07',
        what: `Created removal order ${REMOVAL_ID} for all FBA units of both ASINs (${f(sellableRemoved)} sellable, ${f(unsellableRemoved)} unfulfillable).`,
        evidence: [file('removal-order')],
      },
      {
        date: '2026-10-09',
        what: "Obtained the manufacturer's confirmation of supply and of the product revision.",
        evidence: [file('supply-confirmation')],
      },
      {
        date: '2026-10-16',
        what: `Inspected the ${inspected.length - complaintCount} unfulfillable returned units and the ${complaintCount} returned units whose buyers questioned authenticity (picked out of the sellable units by LPN), and recorded the results with a photo.`,
        evidence: [file('inspection-2026'), 'documents/inspection-photo-2026-10-16.png'],
      },
      {
        date: '2026-10-19',
        what: 'Corrected the bullets, images and description of both listings to the current product version.',
        evidence: [file('listing-corrections')],
      },
      {
        date: '2026-10-21',
        what: 'Adopted a written purchasing policy and started the purchase log that links invoices, packing slips and FBA receipts.',
        evidence: [file('purchasing-policy')],
      },
      {
        date: '2026-10-23',
        what: 'Held the first policy reading session with all five staff members.',
        evidence: [file('policy-training')],
      },
    ],
    // the prevention answer of the summary page and form.txt, in the seller's own short words
    // (drawn from the sections, the long rule sentences would be cut short on the page)
    summary: {
      prevention: [
        `- On every delivery, ${staff.warehouse} compares box print, logo and batch code with the manufacturer's specification and signs the receiving log.`,
        `- Every Wednesday, ${staff.warehouse} removes all quality returns and any return whose comment questions authenticity, and inspects them within one business day.`,
        `- For every purchase, ${staff.warehouse} records invoice, packing slip and FBA receipt on one row of the purchase log.`,
        `- Before a new supplier's first order, ${staff.buyer} completes the new-supplier checklist and ${staff.owner} signs it.`,
        `- Every Monday, ${staff.owner} reviews and initials the receiving log and the revision log; on the first Friday of every month all staff read the policies together.`,
      ],
    },
    narrative: narrative(ctx),
    records: {
      headerAliases: {
        invoiceLines: {
          invoiceNumber: ['Invoice Number'],
          issueDate: ['Invoice Date'],
          supplier: ['Vendor'],
          productCode: ['Item Number'],
          productName: ['Description'],
          quantity: ['Qty'],
          buyerName: ['Bill To'],
        },
      },
      productCodes: products.map((p) => ({
        supplierId: p.supplierIds[0],
        code: p.code,
        asin: p.asin,
      })),
    },
    build: { date: '2026-10-26', uploadLimitMiB: 10 },
  };
}

export default {
  id: 'en-authenticity',
  seed: SEED,
  lang: 'en',
  currency: 'USD',
  taxRate: 0,
  taxOf: (amount) => Math.round(amount * 0.0725 * 100) / 100,
  offset: '-07:00',
  salesChannel: 'Amazon.com',
  country: 'US',
  formatDate: enDate,
  seller,
  notice: { receivedOn: NOTICE, citedAsins: [LAN, MUG] },
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
