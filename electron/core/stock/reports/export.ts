// Each warehouse report as an .xlsx file the clerk saves or prints: on hand, the public disclosure,
// donations traced, expiring lots, items below quota, value by category. Returned like the people export.
import ExcelJS from 'exceljs';
import type { OnHandRow } from '@core/stock/contract';
import type {
  DisclosureBalance,
  DisclosureIssued,
  DisclosureReceived,
  ExportedFile,
  ExpiryAlert,
  QuotaAlert,
  StockReportName,
} from '@core/stock/reports/contract';
import type { CoreContext } from '../../context';
import { onHand } from '../balances';
import { localToday } from '../office';
import { stockDashboard } from './dashboard';
import { buildDisclosure } from './disclosure';
import { traceDonations } from './donations';
import { addSheet, section, workbookFile, type ReportColumn } from './workbook';

export interface ReportExportInput {
  report: StockReportName;
  from?: string;
  to?: string;
  donorId?: string | null;
  warehouseId?: string | null;
  days?: number;
  /** The city: a county's report (default: this office). */
  officeCode?: string;
}

const KIND_LABEL = {
  event: '灾害救助',
  township: '乡镇（街道）',
  office: '调拨其他单位',
  internal: '内部使用',
} as const;

const itemColumns = <R extends { itemName: string; unit: string }>(): ReportColumn<R>[] => [
  { header: '物资', width: 16, value: (r) => r.itemName },
  { header: '单位', width: 6, value: (r) => r.unit },
];

function disclosureSheet(
  workbook: ExcelJS.Workbook,
  ctx: CoreContext,
  from: string,
  to: string,
  officeCode?: string,
): number {
  const d = buildDisclosure(ctx, { from, to, officeCode });
  const received: ReportColumn<DisclosureReceived>[] = [
    { header: '捐赠方', width: 28, value: (r) => r.donor },
    ...itemColumns<DisclosureReceived>(),
    { header: '规格', width: 12, value: (r) => r.specification },
    { header: '数量', width: 10, kind: 'number', value: (r) => r.quantity },
    { header: '金额（元）', width: 14, kind: 'money', value: (r) => r.value },
  ];
  const issued: ReportColumn<DisclosureIssued>[] = [
    { header: '去向类别', width: 14, value: (r) => KIND_LABEL[r.kind] },
    { header: '去向', width: 28, value: (r) => r.destination },
    { header: '受助户数', width: 10, kind: 'number', value: (r) => r.households },
    ...itemColumns<DisclosureIssued>(),
    { header: '数量', width: 10, kind: 'number', value: (r) => r.quantity },
    { header: '金额（元）', width: 14, kind: 'money', value: (r) => r.value },
  ];
  const balance: ReportColumn<DisclosureBalance>[] = [
    ...itemColumns<DisclosureBalance>(),
    { header: '期初结存', width: 10, kind: 'number', value: (r) => r.opening },
    { header: '本期接收', width: 10, kind: 'number', value: (r) => r.received },
    { header: '本期发出', width: 10, kind: 'number', value: (r) => r.issued },
    { header: '盘点调整', width: 10, kind: 'number', value: (r) => r.adjusted },
    { header: '期末结存', width: 10, kind: 'number', value: (r) => r.closing },
    { header: '期末金额（元）', width: 14, kind: 'money', value: (r) => r.closingValue },
  ];
  return addSheet(workbook, '捐赠款物公示表', `${d.officeName}捐赠款物公示表`, `公示期间：${from} 至 ${to}`, [
    section({
      heading: '一、物资收支结存（期初结存 + 本期接收 − 本期发出 ± 盘点调整 = 期末结存）',
      columns: balance,
      rows: d.balances,
      total: ['合计', null, null, null, null, null, null, d.totals.balance.closing],
    }),
    section({
      heading: '二、接收捐赠物资',
      columns: received,
      rows: d.received,
      total: ['合计', null, null, null, null, d.totals.receivedValue],
    }),
    section({
      heading: '三、物资发放去向',
      columns: issued,
      rows: d.issued,
      total: ['合计', null, d.totals.households, null, null, null, d.totals.issuedValue],
    }),
  ]);
}

function donationsSheet(
  workbook: ExcelJS.Workbook,
  ctx: CoreContext,
  from: string,
  to: string,
  donorId: string | null,
  officeCode?: string,
): number {
  type Row = {
    donor: string;
    item: string;
    unit: string;
    received: number;
    receivedValue: number;
    destination: string;
    households: number | null;
    quantity: number | null;
    documents: string;
    onHand: number;
    adjusted: number;
  };
  const rows: Row[] = traceDonations(ctx, { from, to, donorId, officeCode }).donors.flatMap((donor) =>
    donor.items.flatMap((item): Row[] => {
      const base = {
        donor: donor.donorName,
        item: item.itemName,
        unit: item.unit,
        received: item.received,
        receivedValue: item.receivedValue,
        onHand: item.onHand,
        adjusted: item.adjusted,
      };
      if (item.destinations.length === 0)
        return [{ ...base, destination: '', households: null, quantity: null, documents: '' }];
      return item.destinations.map((t) => ({
        ...base,
        destination: `${KIND_LABEL[t.kind]}：${t.destination}`,
        households: t.households,
        quantity: t.quantity,
        documents: t.documents.map((doc) => doc.number).join('、'),
      }));
    }),
  );
  const columns: ReportColumn<Row>[] = [
    { header: '捐赠方', width: 24, value: (r) => r.donor },
    { header: '物资', width: 14, value: (r) => r.item },
    { header: '单位', width: 6, value: (r) => r.unit },
    { header: '接收数量', width: 10, kind: 'number', value: (r) => r.received },
    { header: '接收金额（元）', width: 14, kind: 'money', value: (r) => r.receivedValue },
    { header: '去向', width: 28, value: (r) => r.destination },
    { header: '受助户数', width: 10, kind: 'number', value: (r) => r.households },
    { header: '发放数量', width: 10, kind: 'number', value: (r) => r.quantity },
    { header: '出库单号', width: 30, value: (r) => r.documents },
    { header: '盘点调整', width: 10, kind: 'number', value: (r) => r.adjusted },
    { header: '现存数量', width: 10, kind: 'number', value: (r) => r.onHand },
  ];
  return addSheet(workbook, '捐赠物资去向', '捐赠物资接收及去向', `接收期间：${from} 至 ${to}`, [
    section({ columns, rows }),
  ]);
}

function onHandSheet(
  workbook: ExcelJS.Workbook,
  ctx: CoreContext,
  warehouseId: string | null,
  officeCode?: string,
): number {
  const rows = onHand(ctx, { warehouseId: warehouseId ?? undefined, officeCode });
  const columns: ReportColumn<OnHandRow>[] = [
    { header: '仓库', width: 14, value: (r) => r.warehouseName },
    { header: '物资编码', width: 12, value: (r) => r.itemCode },
    ...itemColumns<OnHandRow>(),
    { header: '规格', width: 12, value: (r) => r.specification },
    { header: '批号', width: 14, value: (r) => r.lotNumber },
    { header: '有效期至', width: 12, value: (r) => r.expiryDate },
    { header: '捐赠方', width: 20, value: (r) => r.donorName },
    { header: '数量', width: 10, kind: 'number', value: (r) => r.quantity },
    { header: '单价（元）', width: 12, kind: 'money', value: (r) => r.unitValue },
    { header: '金额（元）', width: 14, kind: 'money', value: (r) => r.value },
  ];
  const total = rows.reduce((a, r) => a + r.value, 0);
  return addSheet(workbook, '库存', '物资库存', `截至 ${localToday(ctx)}`, [
    section({ columns, rows, total: ['合计', null, null, null, null, null, null, null, null, null, total] }),
  ]);
}

function dashboardSheet(
  workbook: ExcelJS.Workbook,
  ctx: CoreContext,
  report: 'expiry' | 'quotas' | 'categories',
  warehouseId: string | null,
  days?: number,
  officeCode?: string,
): number {
  const dash = stockDashboard(ctx, { warehouseId, days, officeCode });
  if (report === 'expiry') {
    const columns: ReportColumn<ExpiryAlert & { state: string }>[] = [
      { header: '状态', width: 8, value: (r) => r.state },
      { header: '仓库', width: 14, value: (r) => r.warehouseName },
      { header: '物资编码', width: 12, value: (r) => r.itemCode },
      ...itemColumns<ExpiryAlert>(),
      { header: '批号', width: 14, value: (r) => r.lotNumber },
      { header: '有效期至', width: 12, value: (r) => r.expiryDate },
      { header: '剩余天数', width: 10, kind: 'number', value: (r) => r.daysLeft },
      { header: '数量', width: 10, kind: 'number', value: (r) => r.quantity },
      { header: '金额（元）', width: 14, kind: 'money', value: (r) => r.value },
    ];
    const rows = [
      ...dash.expired.map((r) => ({ ...r, state: '已过期' })),
      ...dash.expiring.map((r) => ({ ...r, state: '临期' })),
    ];
    return addSheet(workbook, '临期过期', '临期及过期物资', `截至 ${dash.asOf}，${dash.days} 天内到期`, [
      section({ columns, rows }),
    ]);
  }
  if (report === 'quotas') {
    const columns: ReportColumn<QuotaAlert>[] = [
      { header: '仓库', width: 14, value: (r) => r.warehouseName },
      { header: '物资编码', width: 12, value: (r) => r.itemCode },
      ...itemColumns<QuotaAlert>(),
      { header: '储备定额', width: 10, kind: 'number', value: (r) => r.quota },
      { header: '现存', width: 10, kind: 'number', value: (r) => r.onHand },
      { header: '缺口', width: 10, kind: 'number', value: (r) => r.shortBy },
    ];
    return addSheet(workbook, '低于定额', '低于储备定额的物资', `截至 ${dash.asOf}`, [
      section({ columns, rows: dash.belowQuota }),
    ]);
  }
  const columns: ReportColumn<StockDashboardCategory>[] = [
    { header: '类别', width: 16, value: (r) => r.categoryName },
    { header: '物资品种', width: 10, kind: 'number', value: (r) => r.items },
    { header: '金额（元）', width: 14, kind: 'money', value: (r) => r.value },
  ];
  const total = dash.valueByCategory.reduce((a, r) => a + r.value, 0);
  return addSheet(workbook, '分类价值', '库存物资分类价值', `截至 ${dash.asOf}`, [
    section({ columns, rows: dash.valueByCategory, total: ['合计', null, total] }),
  ]);
}

type StockDashboardCategory = ReturnType<typeof stockDashboard>['valueByCategory'][number];

const FILE_NAMES: Record<StockReportName, string> = {
  onHand: '物资库存',
  disclosure: '捐赠款物公示表',
  donations: '捐赠物资去向',
  expiry: '临期过期物资',
  quotas: '低于储备定额',
  categories: '分类价值',
};

export async function exportStockReport(ctx: CoreContext, input: ReportExportInput): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '博爱台账';
  const today = localToday(ctx);
  const from = input.from ?? `${today.slice(0, 4)}-01-01`;
  const to = input.to ?? today;
  const warehouseId = input.warehouseId ?? null;
  const office = input.officeCode;
  const rows =
    input.report === 'disclosure'
      ? disclosureSheet(workbook, ctx, from, to, office)
      : input.report === 'donations'
        ? donationsSheet(workbook, ctx, from, to, input.donorId ?? null, office)
        : input.report === 'onHand'
          ? onHandSheet(workbook, ctx, warehouseId, office)
          : dashboardSheet(workbook, ctx, input.report, warehouseId, input.days, office);
  const period =
    input.report === 'disclosure' || input.report === 'donations'
      ? `${from.replaceAll('-', '')}-${to.replaceAll('-', '')}`
      : today.replaceAll('-', '');
  return workbookFile(workbook, `${FILE_NAMES[input.report]}-${period}.xlsx`, rows);
}
