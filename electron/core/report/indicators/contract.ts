// What each indicator of the annual report is, in words: its label, how it is counted (the tooltip and the printed
// notes say exactly what report/compute/ counts), its unit and the grid that lists its records. Part of the contract,
// so the renderer reads the same sentences the core is held to.
import {
  INDICATOR_NAMES,
  type Bilingual,
  type IndicatorDefinition,
  type IndicatorName,
  type IndicatorUnit,
  type ReportRange,
} from '../contract';

const b = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

const PEOPLE = b('人', 'people');
const HOUSEHOLDS = b('户', 'households');
const YUAN = b('元', 'yuan');

type Definition = Omit<IndicatorDefinition, 'name'>;

const define = (
  unit: IndicatorUnit,
  unitLabel: Bilingual,
  label: Bilingual,
  counted: Bilingual,
  drill: IndicatorDefinition['drill'] = () => null,
): Definition => ({ unit, unitLabel, label, counted, drill });

const period = (r: ReportRange) => ({ from: r.from, to: r.to });

export const INDICATOR_DEFINITIONS: Record<IndicatorName, Definition> = {
  peopleRegistered: define(
    'people',
    PEOPLE,
    b('人员库登记人数', 'People in the registry'),
    b(
      '期末人员库中的有效人员记录：期末前录入、期末时未作废。',
      'Live person records at the end of the period: entered by then and not voided by then.',
    ),
    () => ({ page: 'people', filter: {} }),
  ),
  volunteers: define(
    'people',
    PEOPLE,
    b('在册志愿者', 'Registered volunteers'),
    b(
      '期末前登记、状态为“在册”的有效志愿者（暂停、注销的不计；状态按当前记录）。',
      'Live volunteers registered by the end of the period whose status is 在册 (suspended and deregistered ones are not counted; the status as recorded now).',
    ),
    (r) => ({ page: 'volunteers', filter: { status: 'active', registeredTo: r.to } }),
  ),
  volunteerHours: define(
    'hours',
    b('小时', 'hours'),
    b('志愿服务时长', 'Volunteer service hours'),
    b(
      '服务日期在期内、已审核通过的志愿服务记录的时长合计；待审核、已退回和作废的不计。',
      'Hours of the approved service records dated in the period; pending, rejected and voided records are not counted.',
    ),
    (r) => ({ page: 'volunteer-hours', filter: { status: 'approved', dateFrom: r.from, dateTo: r.to } }),
  ),
  members: define(
    'records',
    b('个', 'memberships'),
    b('有效会员', 'Valid memberships'),
    b(
      '期末有效的会员（个人、青少年、团体会员合计）：期末前入会，期末时状态为“有效”（按状态变更记录），且未因连续两年未缴会费而失效。',
      'Memberships valid at the end of the period (individual, youth and group together): joined by then, 有效 on that day by the status history, and not lapsed for two unpaid years of dues.',
    ),
    () => ({ page: 'members', filter: { status: 'active' } }),
  ),
  youthMembers: define(
    'people',
    PEOPLE,
    b('青少年会员', 'Youth members'),
    b(
      '期末有效的青少年会员，口径同“有效会员”（青少年会员自愿缴费，不因会费失效）。',
      'Youth memberships valid at the end of the period, counted as valid memberships (youth dues are voluntary and never lapse).',
    ),
    () => ({ page: 'members', filter: { status: 'active', kind: 'youth' } }),
  ),
  groupMembers: define(
    'records',
    b('个', 'units'),
    b('团体会员', 'Group members'),
    b(
      '期末有效的团体会员单位，口径同“有效会员”。',
      'Group memberships valid at the end of the period, counted as valid memberships.',
    ),
    () => ({ page: 'members', filter: { status: 'active', kind: 'group' } }),
  ),
  membersLapsed: define(
    'records',
    b('个', 'memberships'),
    b('期内失效会员', 'Memberships lapsed'),
    b(
      '期内失效的会员：期内登记为“失效”的，或期初有效、因连续两年未缴会费在期内（每年1月1日）失效的；每个会员计一次。',
      'Memberships that lapsed in the period: set to 失效 with a date in it, or valid at its start and lapsed for two unpaid years on a 1 January within it; each once.',
    ),
    () => ({ page: 'members', filter: { status: 'lapsed' } }),
  ),
  popularAttendances: define(
    'records',
    b('人次', 'attendances'),
    b('普及培训人次', 'Awareness training attendances'),
    b(
      '开班日期在期内的普及培训班的学员人次；未录学员名单的培训班计其参训人次。',
      'Trainees of the awareness (普及) courses starting in the period; a course without a trainee list counts its head count.',
    ),
    (r) => ({ page: 'training-courses', filter: { ...period(r), category: 'popular' } }),
  ),
  certificatesIssued: define(
    'records',
    b('本', 'certificates'),
    b('发证数', 'Certificates issued'),
    b(
      '签发日期在期内的持证类证书（含复训换发；已吊销的仍计，作废的不计）。',
      'Certificates of certified kinds issued in the period (renewals included; a revoked one still counts, a voided one does not).',
    ),
    (r) => ({ page: 'training-certificates', filter: { issuedFrom: r.from, issuedTo: r.to } }),
  ),
  personsWithValidCertificateAtYearEnd: define(
    'people',
    PEOPLE,
    b('期末持有效证书人数', 'People holding a valid certificate at the end'),
    b(
      '期末持有有效证书的人数：证书在期末前签发、期末未过期、未吊销，每人计一次（同培训统计）。',
      'People holding a certificate valid on the last day: issued by then, not expired then, not revoked; each person once (as the training statistics count).',
    ),
    (r) => ({ page: 'training-certificates', filter: { validOn: r.to } }),
  ),
  certifiedShareOfPopulation: define(
    'percent',
    b('%', '%'),
    b('持证人数占户籍人口比例', 'Certified share of the population'),
    b(
      '期末持有效证书人数 ÷ 户籍人口 × 100%。户籍人口取本年度填写的人口数，未填写时取各乡镇人口之和；都未填写则不计算。全市合计按已填人口的县区重新计算，不是各县区比例相加。',
      'People holding a valid certificate at the end ÷ registered population × 100%. The population is the one entered for the year, else the sum of the townships entered; none entered, no share. The city total is counted again over the counties with a population, never by adding shares.',
    ),
    (r) => ({ page: 'training-stats', filter: period(r) }),
  ),
  coursesBySector: define(
    'records',
    b('场次', 'courses'),
    b('“五进”培训场次', 'Courses by sector (五进)'),
    b(
      '开班日期在期内、未作废的培训班，按进社区、进农村、进学校、进机关、进企业、进家庭、其他分别计数。',
      'Live courses starting in the period, counted per sector: community, rural, school, government, enterprise, family, other.',
    ),
    (r) => ({ page: 'training-courses', filter: period(r) }),
  ),
  stockReceivedValueFen: define(
    'fen',
    YUAN,
    b('接收物资价值', 'Value of goods received'),
    b(
      '业务日期在期内的已过账入库单的物资价值（数量 × 批次单价），减去期内过账的入库冲销单；期初库存录入不计。',
      'Value (quantity × lot unit value) of the posted receipts dated in the period, less the reversals of receipts dated in it; opening balances are not counted.',
    ),
    (r) => ({ page: 'stock-documents', filter: { type: 'receipt', status: 'posted', ...period(r) } }),
  ),
  stockIssuedValueFen: define(
    'fen',
    YUAN,
    b('发放物资价值', 'Value of goods issued'),
    b(
      '业务日期在期内的已过账出库单的物资价值，减去期内过账的出库冲销单（与捐赠款物公示的发出合计一致）。',
      'Value of the posted issues dated in the period, less the reversals of issues dated in it (the issued total of the public disclosure).',
    ),
    (r) => ({ page: 'stock-documents', filter: { type: 'issue', status: 'posted', ...period(r) } }),
  ),
  householdsServed: define(
    'records',
    HOUSEHOLDS,
    b('受助户数', 'Households served'),
    b(
      '期内领到物资（扣除冲销后数量大于零）的户数：领取人当天属于某户的按户计，同户多人只计一次；不属于任何户的按人计。',
      'Households that received goods in the period (net of reversals, more than nothing): a recipient in a household that day counts as that household, once however many of it received; one in none counts as a person.',
    ),
    (r) => ({ page: 'stock-disclosure', filter: period(r) }),
  ),
  stockValueAtYearEnd: define(
    'fen',
    YUAN,
    b('期末库存价值', 'Stock value at the end'),
    b(
      '期末各仓库全部库存的价值（数量 × 批次单价），含期初库存，即公示表的期末结存价值。',
      'Value of all stock in every warehouse at the end of the period (quantity × lot unit value), opening stock included: the closing value of the disclosure.',
    ),
    (r) => ({ page: 'stock-disclosure', filter: period(r) }),
  ),
  pairedHouseholds: define(
    'records',
    HOUSEHOLDS,
    b('结对帮扶户数', 'Paired households'),
    b(
      '期内任一天有结对帮扶关系的有效户数（结对开始不晚于期末、未在期初前结束），每户计一次。',
      'Live households paired with a cadre on any day of the period (pairing begun by its end and not ended before its start), each once.',
    ),
  ),
  cadres: define(
    'people',
    PEOPLE,
    b('结对帮扶干部', 'Cadres paired'),
    b(
      '期内任一天有结对帮扶关系的帮扶干部人数，每人计一次。',
      'Cadres paired with a household on any day of the period, each once.',
    ),
  ),
  visits: define(
    'records',
    b('次', 'visits'),
    b('走访次数', 'Visits'),
    b('走访日期在期内、未作废的走访记录条数。', 'Live visit records dated in the period.'),
  ),
  assistanceFen: define(
    'fen',
    YUAN,
    b('走访帮扶资金', 'Money given in visits'),
    b(
      '期内走访记录中的帮扶资金合计（实物经仓库出库，计入发放物资价值）。',
      'Money given in the visits dated in the period (goods leave through the warehouse and count as goods issued).',
    ),
  ),
  householdsExited: define(
    'records',
    HOUSEHOLDS,
    b('期内脱贫户数', 'Households exited poverty'),
    b(
      '期内状态变为“已脱贫”的有效户数（按状态变更日期；建档即为已脱贫的按其状态日期），每户计一次。',
      'Live households whose status became 已脱贫 in the period (by the change date; a file kept as 已脱贫 from the start by its status date), each once.',
    ),
  ),
  donorRegistrations: define(
    'records',
    b('人', 'registrations'),
    b('“三献”登记人数', 'Donor registrations (三献)'),
    b(
      '登记日期在期内、未作废的三献登记，按无偿献血、造血干细胞、人体器官、遗体分别计数；只有人数，不含个人信息。',
      'Live registrations dated in the period, per kind (blood, stem cells, organ, body); counts only, no personal data.',
    ),
    (r) => ({ page: 'donor-stats', filter: { year: r.to.slice(0, 4) } }),
  ),
};

/** Every indicator's definition, in the report's order. */
export function indicatorDefinitions(): IndicatorDefinition[] {
  return INDICATOR_NAMES.map((name) => ({ name, ...INDICATOR_DEFINITIONS[name] }));
}
