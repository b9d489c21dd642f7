// A travelling record as a clerk knows it: the table's and the field's names as the forms label them, and the
// sentence saying which record breaks which rule. Shared by the renderer, the CLI and the county's export check,
// so the city's refusal and the county's own check name the record the same way.
import { FIELD_LABELS } from './fieldLabels';
import { HOUSEHOLD_TABLE_LABELS } from './householdLabels';

export type Language = 'zh-CN' | 'en';
type Label = Readonly<Record<Language, string>>;

/** Why a value is refused: the rule local entry applies, or where a reference points. */
export type RecordRule =
  | 'tooLong'
  | 'required'
  | 'type'
  | 'enum'
  | 'date'
  | 'time'
  | 'month'
  | 'id'
  | 'number'
  | 'idNumber'
  | 'birthDate'
  | 'mobile'
  | 'phone'
  | 'foreign'
  | 'missing';

/** What a refusal's details hold (all plain values: no full ID number, no long text). */
export interface RecordProblemDetails {
  table: string;
  column: string;
  rule: RecordRule;
  max?: number;
  line?: number;
  /** The record's name, number or code (cut short), and for a person the masked ID number. */
  record?: string;
  recordKey?: string;
  /** A document's type, so it is named as 入库单, 出库单 ... */
  documentType?: string;
}

const TABLE_LABELS: Record<string, Label> = {
  people: { 'zh-CN': '人员', en: 'Person' },
  custom_fields: { 'zh-CN': '自定义字段', en: 'Custom field' },
  stock_categories: { 'zh-CN': '物资类别', en: 'Category' },
  stock_items: { 'zh-CN': '物资', en: 'Item' },
  stock_warehouses: { 'zh-CN': '仓库', en: 'Warehouse' },
  stock_locations: { 'zh-CN': '库位', en: 'Location' },
  stock_quotas: { 'zh-CN': '储备定额', en: 'Reserve quota' },
  stock_donors: { 'zh-CN': '捐赠方', en: 'Donor' },
  stock_events: { 'zh-CN': '灾害事件', en: 'Disaster event' },
  stock_lots: { 'zh-CN': '批次', en: 'Lot' },
  stock_documents: { 'zh-CN': '单据', en: 'Document' },
  stock_document_lines: { 'zh-CN': '单据明细', en: 'Document line' },
  stock_movements: { 'zh-CN': '库存流水', en: 'Stock movement' },
  stock_month_locks: { 'zh-CN': '月结', en: 'Month lock' },
  stock_campaigns: { 'zh-CN': '发放活动', en: 'Distribution campaign' },
  stock_campaign_items: { 'zh-CN': '发放活动物资', en: 'Campaign item' },
  stock_campaign_households: { 'zh-CN': '发放户', en: 'Campaign household' },
  training_kinds: { 'zh-CN': '培训类别', en: 'Course kind' },
  training_kind_aliases: { 'zh-CN': '培训类别别名', en: 'Kind name' },
  training_populations: { 'zh-CN': '户籍人口', en: 'Township population' },
  training_targets: { 'zh-CN': '培训目标', en: 'Training target' },
  training_settings: { 'zh-CN': '证书设置', en: 'Certificate settings' },
  training_courses: { 'zh-CN': '培训班', en: 'Course' },
  training_course_instructors: { 'zh-CN': '授课师资', en: 'Course instructor' },
  training_enrolments: { 'zh-CN': '学员及成绩', en: 'Trainee' },
  training_certificates: { 'zh-CN': '救护员证', en: 'Certificate' },
  training_certificate_prints: { 'zh-CN': '证书打印记录', en: 'Certificate print' },
  volunteers: { 'zh-CN': '志愿者', en: 'Volunteer' },
  volunteer_groups: { 'zh-CN': '志愿服务队/技能', en: 'Team or skill' },
  volunteer_group_members: { 'zh-CN': '志愿者所属队伍/技能', en: "Volunteer's team or skill" },
  volunteer_settings: { 'zh-CN': '志愿者设置', en: 'Volunteer settings' },
  volunteer_activities: { 'zh-CN': '志愿服务活动', en: 'Service activity' },
  volunteer_service_records: { 'zh-CN': '志愿服务记录', en: 'Service record' },
  volunteer_proofs: { 'zh-CN': '志愿服务记录证明', en: 'Service-record proof' },
  rescue_settings: { 'zh-CN': '救援队设置', en: 'Rescue settings' },
  rescue_teams: { 'zh-CN': '应急救援队', en: 'Rescue team' },
  rescue_team_members: { 'zh-CN': '救援队员', en: 'Team member' },
  rescue_team_equipment: { 'zh-CN': '救援队装备', en: 'Team equipment' },
  rescue_drills: { 'zh-CN': '演练/出队', en: 'Drill or call-out' },
  rescue_drill_attendance: { 'zh-CN': '演练/出队出勤', en: 'Drill attendance' },
  donor_registrations: { 'zh-CN': '三献登记', en: 'Donor registration' },
  donor_donations: { 'zh-CN': '三献捐献记录', en: 'Donation' },
  ...HOUSEHOLD_TABLE_LABELS,
};

const DOCUMENT_LABELS: Record<string, Label> = {
  receipt: { 'zh-CN': '入库单', en: 'Receipt' },
  issue: { 'zh-CN': '出库单', en: 'Issue' },
  transfer: { 'zh-CN': '调拨单', en: 'Transfer' },
  count: { 'zh-CN': '盘点单', en: 'Stock count' },
  adjustment: { 'zh-CN': '调整单', en: 'Adjustment' },
  reversal: { 'zh-CN': '冲销单', en: 'Reversal' },
};

const RULES: Record<RecordRule, Label> = {
  tooLong: { 'zh-CN': '{field}最多 {max} 个字', en: '{field} takes at most {max} characters' },
  required: { 'zh-CN': '{field}不能为空', en: '{field} is required' },
  type: { 'zh-CN': '{field}的内容不对', en: '{field} holds a value of the wrong kind' },
  enum: { 'zh-CN': '{field}不是可选的值', en: '{field} is not one of the choices' },
  date: { 'zh-CN': '{field}不是有效的日期', en: '{field} is not a valid date' },
  time: { 'zh-CN': '{field}不是有效的时间', en: '{field} is not a valid time' },
  month: { 'zh-CN': '{field}不是有效的月份', en: '{field} is not a valid month' },
  id: { 'zh-CN': '{field}不是有效的记录编号', en: '{field} is not a valid record reference' },
  number: { 'zh-CN': '{field}应为不小于下限的整数', en: '{field} must be a whole number within its range' },
  idNumber: { 'zh-CN': '身份证号无效', en: 'the ID number is not valid' },
  birthDate: { 'zh-CN': '出生日期与身份证号不符', en: 'the birth date does not match the ID number' },
  mobile: { 'zh-CN': '手机号格式不对', en: 'the mobile number is not valid' },
  phone: { 'zh-CN': '固定电话格式不对', en: 'the phone number is not valid' },
  foreign: { 'zh-CN': '{field}指向其他单位的记录', en: "{field} points at another office's record" },
  missing: { 'zh-CN': '{field}指向不存在的记录', en: '{field} points at a record that does not exist' },
};

export function tableLabel(table: string, language: Language, documentType?: string): string {
  const label =
    (table === 'stock_documents' && documentType ? DOCUMENT_LABELS[documentType] : undefined) ?? TABLE_LABELS[table];
  return label?.[language] ?? table;
}

export function fieldLabel(table: string, column: string, language: Language): string {
  return (FIELD_LABELS[table]?.[column] ?? FIELD_LABELS['*']?.[column])?.[language] ?? column;
}

/** e.g. 人员 张三（321302********123X，第 3 行）：备注最多 2000 个字 */
export function recordProblemText(d: RecordProblemDetails, language: Language): string {
  const zh = language === 'zh-CN';
  const where = [d.recordKey, d.line !== undefined ? (zh ? `第 ${d.line} 行` : `line ${d.line}`) : undefined]
    .filter(Boolean)
    .join(zh ? '，' : ', ');
  const record = [tableLabel(d.table, language, d.documentType), d.record].filter(Boolean).join(' ');
  const which = where ? (zh ? `${record}（${where}）` : `${record} (${where})`) : record;
  const why = (RULES[d.rule] ?? RULES.type)[language]
    .replace('{field}', fieldLabel(d.table, d.column, language))
    .replace('{max}', String(d.max ?? ''));
  return zh ? `${which}：${why}` : `${which}: ${why}`;
}

/** The details of a refusal when they name a record; null for any other details. */
export function recordProblemOf(details: unknown): RecordProblemDetails | null {
  const d = details as Partial<RecordProblemDetails> | null | undefined;
  return d && typeof d.table === 'string' && typeof d.column === 'string' && typeof d.rule === 'string'
    ? (d as RecordProblemDetails)
    : null;
}
