// Households (户), their members and the poverty file (扶贫手册), paired assistance (结对帮扶) and beneficiaries
// (救助对象): the lists and checks the forms, the core, the import and the city's check share. Each list keeps the
// words of the 扶贫手册 beside its codes, so the import reads a national-system export and the print writes it.
// Money is in fen; areas in hundredths (of a mu, of a square metre); dates YYYY-MM-DD.

/** 与户主关系: 本人, 配偶, 子女, 父母, 孙辈, 其他. */
export const HOUSEHOLD_RELATIONS = ['self', 'spouse', 'child', 'parent', 'grandchild', 'other'] as const;
export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS)[number];

/** 户属性: 一般户, 低保户, 特困供养户. */
export const HOUSEHOLD_ATTRIBUTES = ['general', 'minimumLiving', 'extremePoverty'] as const;
export type HouseholdAttribute = (typeof HOUSEHOLD_ATTRIBUTES)[number];

/** 劳动力状况: 普通劳动力, 技能劳动力, 弱劳动力或半劳动力, 丧失劳动力, 无劳动力. */
export const LABOUR_STATUSES = ['ordinary', 'skilled', 'weak', 'lost', 'none'] as const;
export type LabourStatus = (typeof LABOUR_STATUSES)[number];

/** 健康状况: 健康, 长期慢性病, 患有大病, 残疾 (the last with a disability card number and grade). */
export const HEALTH_STATUSES = ['healthy', 'chronic', 'seriousIllness', 'disabled'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

/** 残疾等级 一级 (most severe) to 四级. */
export const DISABILITY_GRADES = [1, 2, 3, 4] as const;

/** 在校生 by stage: 学前教育, 小学, 初中, 高中, 中职, 高职/大专, 本科, 研究生. A member not in school has none. */
export const SCHOOL_STAGES = [
  'preschool',
  'primary',
  'juniorSecondary',
  'seniorSecondary',
  'vocationalSecondary',
  'higherVocational',
  'undergraduate',
  'postgraduate',
] as const;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];

/** 致贫原因: the twelve of the 扶贫手册 and 其他. */
export const POVERTY_CAUSES = [
  'illness',
  'disability',
  'schooling',
  'disaster',
  'marriage',
  'lackOfLand',
  'lackOfWater',
  'lackOfSkills',
  'lackOfFunds',
  'lackOfLabour',
  'poorTransport',
  'lackOfDrive',
  'other',
] as const;
export type PovertyCause = (typeof POVERTY_CAUSES)[number];

/** 帮扶中, 已脱贫, 监测对象 (防返贫监测, with a category). */
export const POVERTY_STATUSES = ['assisted', 'exited', 'monitored'] as const;
export type PovertyStatus = (typeof POVERTY_STATUSES)[number];

/** 监测对象: 脱贫不稳定户, 边缘易致贫户, 突发严重困难户. */
export const MONITORING_CATEGORIES = ['unstableExited', 'marginal', 'suddenHardship'] as const;
export type MonitoringCategory = (typeof MONITORING_CATEGORIES)[number];

/** 房屋危险性等级 A-D (C and D are 危房). */
export const HOUSING_SAFETY_GRADES = ['A', 'B', 'C', 'D'] as const;
export type HousingSafetyGrade = (typeof HOUSING_SAFETY_GRADES)[number];

/** 帮扶措施 by kind: 产业, 就业, 技能培训, 教育, 健康, 住房, 金融 (小额信贷), 兜底保障, 其他. */
export const MEASURE_KINDS = [
  'industry',
  'employment',
  'training',
  'education',
  'health',
  'housing',
  'credit',
  'socialSecurity',
  'other',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** 帮扶干部 unit level: 省直, 市直, 县直, 乡镇, 村级. */
export const CADRE_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type CadreLevel = (typeof CADRE_LEVELS)[number];

/** 救助对象 categories an office starts with; it edits, adds and voids its own. */
export const DEFAULT_BENEFICIARY_CATEGORIES = [
  '低保',
  '特困',
  '残疾',
  '大病',
  '留守儿童',
  '孤寡老人',
  '受灾户',
] as const;

/** A pairing with no visit for this many months is overdue; a cadre with more households than this is flagged. */
export const DEFAULT_OVERDUE_MONTHS = 6;
export const DEFAULT_CADRE_MAX_HOUSEHOLDS = 5;

/** The 扶贫手册's words for each code, as the print writes them (the first) and the import reads them (all). */
export const RELATION_WORDS: Record<HouseholdRelation, readonly string[]> = {
  self: ['本人', '户主'],
  spouse: ['配偶', '妻', '妻子', '夫', '丈夫', '之妻', '之夫'],
  child: ['子女', '之子', '之女', '儿子', '女儿', '子', '女', '长子', '次子', '三子', '长女', '次女', '三女'],
  parent: ['父母', '之父', '之母', '父亲', '母亲', '父', '母', '之公公', '之婆婆', '之岳父', '之岳母'],
  grandchild: ['孙辈', '之孙子', '之孙女', '孙子', '孙女', '之外孙子', '之外孙女', '外孙子', '外孙女', '外孙'],
  other: ['其他', '之儿媳', '之女婿', '儿媳', '女婿', '之兄弟姐妹', '兄弟姐妹', '之祖父', '之祖母', '其他亲属'],
};

export const ATTRIBUTE_WORDS: Record<HouseholdAttribute, readonly string[]> = {
  general: ['一般户', '一般贫困户', '一般', '一般农户'],
  minimumLiving: ['低保户', '低保贫困户', '低保'],
  extremePoverty: ['特困供养户', '特困户', '特困', '五保户', '五保贫困户', '特困供养'],
};

export const LABOUR_WORDS: Record<LabourStatus, readonly string[]> = {
  ordinary: ['普通劳动力', '普通'],
  skilled: ['技能劳动力', '技能'],
  weak: ['弱劳动力或半劳动力', '弱劳动力', '半劳动力', '弱或半'],
  lost: ['丧失劳动力', '丧失'],
  none: ['无劳动力', '无'],
};

export const HEALTH_WORDS: Record<HealthStatus, readonly string[]> = {
  healthy: ['健康'],
  chronic: ['长期慢性病', '慢性病'],
  seriousIllness: ['患有大病', '大病', '重病'],
  disabled: ['残疾'],
};

export const SCHOOL_STAGE_WORDS: Record<SchoolStage, readonly string[]> = {
  preschool: ['学前教育', '学前', '幼儿园'],
  primary: ['小学'],
  juniorSecondary: ['初中', '七年级', '八年级', '九年级'],
  seniorSecondary: ['高中', '普通高中'],
  vocationalSecondary: ['中职', '中专', '职高', '技校', '中等职业教育'],
  higherVocational: ['高职', '大专', '高职高专'],
  undergraduate: ['本科', '大学本科', '大学'],
  postgraduate: ['研究生', '硕士', '博士'],
};

export const CAUSE_WORDS: Record<PovertyCause, readonly string[]> = {
  illness: ['因病'],
  disability: ['因残'],
  schooling: ['因学'],
  disaster: ['因灾'],
  marriage: ['因婚'],
  lackOfLand: ['缺土地'],
  lackOfWater: ['缺水'],
  lackOfSkills: ['缺技术'],
  lackOfFunds: ['缺资金'],
  lackOfLabour: ['缺劳力', '缺劳动力'],
  poorTransport: ['交通条件落后', '交通落后'],
  lackOfDrive: ['自身发展动力不足', '发展动力不足'],
  other: ['其他'],
};

export const POVERTY_STATUS_WORDS: Record<PovertyStatus, readonly string[]> = {
  assisted: ['帮扶中', '未脱贫', '贫困户'],
  exited: ['已脱贫', '脱贫'],
  monitored: ['监测对象', '防返贫监测对象'],
};

export const MONITORING_WORDS: Record<MonitoringCategory, readonly string[]> = {
  unstableExited: ['脱贫不稳定户'],
  marginal: ['边缘易致贫户'],
  suddenHardship: ['突发严重困难户'],
};

export const GRADE_WORDS: Record<`${(typeof DISABILITY_GRADES)[number]}`, readonly string[]> = {
  '1': ['一级', '1级', '1', '一'],
  '2': ['二级', '2级', '2', '二'],
  '3': ['三级', '3级', '3', '三'],
  '4': ['四级', '4级', '4', '四'],
};

/** A cell's word compared as the 扶贫手册 writes it: no spaces, full-width forms folded. */
const compact = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** A lookup of a list's words: the code a word stands for, or undefined. */
export function wordLookup<C extends string>(words: Record<C, readonly string[]>): (text: string) => C | undefined {
  const codeOf = new Map<string, C>();
  for (const [code, list] of Object.entries(words) as [C, readonly string[]][])
    for (const word of list) codeOf.set(compact(word), code);
  return (text) => codeOf.get(compact(text));
}

export type PovertyStatusCode = 'POVERTY_CATEGORY_REQUIRED' | 'POVERTY_CATEGORY_NOT_MONITORED';

/** A monitored household (监测对象) has its category; any other status has none. */
export function checkPovertyStatus(
  status: PovertyStatus,
  category: MonitoringCategory | null,
): { ok: true } | { ok: false; code: PovertyStatusCode } {
  if (status === 'monitored' && category === null) return { ok: false, code: 'POVERTY_CATEGORY_REQUIRED' };
  if (status !== 'monitored' && category !== null) return { ok: false, code: 'POVERTY_CATEGORY_NOT_MONITORED' };
  return { ok: true };
}

export type MemberFactsCode = 'DISABILITY_ONLY_WHEN_DISABLED' | 'DISABILITY_GRADE_INVALID';

/** A disability card number and grade belong to a member whose health is 残疾; the grade is 1-4. */
export function checkMemberFacts(facts: {
  health: HealthStatus | null;
  disabilityCardNumber: string | null;
  disabilityGrade: number | null;
}): { ok: true } | { ok: false; code: MemberFactsCode } {
  const { health, disabilityCardNumber, disabilityGrade } = facts;
  if (disabilityGrade !== null && !(DISABILITY_GRADES as readonly number[]).includes(disabilityGrade))
    return { ok: false, code: 'DISABILITY_GRADE_INVALID' };
  if (health !== 'disabled' && (disabilityCardNumber !== null || disabilityGrade !== null))
    return { ok: false, code: 'DISABILITY_ONLY_WHEN_DISABLED' };
  return { ok: true };
}

/** A household number when the office gives none: {office code}H{seq, 6 digits}. */
export function formatHouseholdNumber(officeCode: string, seq: number): string {
  return `${officeCode}H${String(seq).padStart(6, '0')}`;
}

/** A period from `fromDate` (inclusive) to `toDate` (exclusive: the day it ended); open while `toDate` is null. */
export function checkPeriod(fromDate: string, toDate: string | null): boolean {
  return toDate === null || toDate >= fromDate;
}
