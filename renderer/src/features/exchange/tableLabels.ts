// Every table a package carries, by the name a clerk uses for it (人员, 物资, 出入库单据 …), in the order
// a clerk thinks of them. Every exchange screen (export result, outbox, the city's preview, result and
// inbox) names tables only through tableLabel: a database table name never reaches the screen.
import type { TFunction } from 'i18next';
import { defineMessages, type Translated } from '../../i18n/defineMessages';

const zhCN = {
  exchange: {
    tables: {
      people: '人员',
      stock_categories: '物资类别',
      stock_items: '物资',
      stock_warehouses: '仓库',
      stock_locations: '库位',
      stock_quotas: '储备定额',
      stock_donors: '捐赠方',
      stock_events: '灾害事件',
      stock_documents: '出入库单据',
      stock_lots: '批次',
      stock_document_lines: '单据明细',
      stock_movements: '库存流水',
      stock_month_locks: '月结',
      stock_campaigns: '发放活动',
      stock_campaign_items: '发放物资',
      stock_campaign_households: '发放户',
      training_kinds: '培训类别',
      training_kind_aliases: '培训类别别名',
      training_populations: '户籍人口',
      training_targets: '培训目标',
      training_settings: '证书设置',
      training_courses: '培训班',
      training_course_instructors: '授课师资',
      training_enrolments: '学员及成绩',
      training_certificates: '救护员证',
      training_certificate_prints: '证书打印记录',
      donor_registrations: '三献登记',
      donor_donations: '三献捐献记录',
      other: '其他记录',
    },
    countsMore: '等 {{count}} 类',
    countsSeparator: ' · ',
  },
};

const en: Translated<typeof zhCN> = {
  exchange: {
    tables: {
      people: 'People',
      stock_categories: 'Categories',
      stock_items: 'Items',
      stock_warehouses: 'Warehouses',
      stock_locations: 'Locations',
      stock_quotas: 'Reserve quotas',
      stock_donors: 'Donors',
      stock_events: 'Disaster events',
      stock_documents: 'Stock documents',
      stock_lots: 'Lots',
      stock_document_lines: 'Document lines',
      stock_movements: 'Stock movements',
      stock_month_locks: 'Month closes',
      stock_campaigns: 'Distribution campaigns',
      stock_campaign_items: 'Campaign items',
      stock_campaign_households: 'Campaign households',
      training_kinds: 'Course kinds',
      training_kind_aliases: 'Kind names',
      training_populations: 'Township populations',
      training_targets: 'Training targets',
      training_settings: 'Certificate settings',
      training_courses: 'Courses',
      training_course_instructors: 'Course instructors',
      training_enrolments: 'Trainees and results',
      training_certificates: 'Certificates',
      training_certificate_prints: 'Certificate prints',
      donor_registrations: 'Donor registrations',
      donor_donations: 'Donations',
      other: 'Other records',
    },
    countsMore: '+{{count}} more',
    countsSeparator: ' · ',
  },
};

export const tableLabelMessages = defineMessages({ 'zh-CN': zhCN, en });

const ORDER = Object.keys(zhCN.exchange.tables);

/** The table's label in the user's language; a table without one is "other records", never its SQL name. */
export function tableLabel(t: TFunction, table: string): string {
  return ORDER.includes(table) ? t(`exchange.tables.${table}`) : t('exchange.tables.other');
}

/** Tables in the labels' order (people first, then the warehouse's reference data, documents, ledger). */
export function inLabelOrder<T>(entries: [string, T][]): [string, T][] {
  const rank = (table: string) => (ORDER.includes(table) ? ORDER.indexOf(table) : ORDER.length);
  return [...entries].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}
