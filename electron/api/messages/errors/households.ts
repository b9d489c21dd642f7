// The error codes of households (户), their members, poverty files (扶贫手册) and beneficiaries (救助对象), and of the
// household import's rows. For the UI and the CLI.
import type { Translated } from '../translated';

const zhCN = {
  HOUSEHOLD_NOT_FOUND: '找不到这一户，可能已被他人作废，请刷新。',
  HOUSEHOLD_NUMBER_TAKEN: '户编号 {{number}} 已被使用，请换一个，或留空由系统编号。',
  HOUSEHOLD_PHONE_FORMAT: '联系电话格式不对：请填写 11 位手机号或带区号的固定电话。',
  HOUSEHOLD_MEMBER_ELSEWHERE: '{{name}} 已是户 {{number}} 的成员：一个人同一时间只能在一户中；请用“迁户”把此人迁过来。',
  HOUSEHOLD_MEMBER_IN_NONE: '{{name}} 目前不在任何一户中，请用“添加成员”。',
  HOUSEHOLD_MOVE_SAME: '此人已在户 {{number}} 中，无需迁入。',
  HOUSEHOLD_HEAD_RELATION: '“本人”只用于户主；更换户主请用“设为户主”。',
  HOUSEHOLD_HEAD_RELATION_SELF: '户主本人的一行，与户主关系应为“本人”或留空。',
  HOUSEHOLD_RELATION_REQUIRED: '请填写与户主关系（配偶、子女、父母、孙辈或其他）。',
  HOUSEHOLD_RELATION_UNKNOWN: '与户主关系不认识：请填写本人、配偶、子女、父母、孙辈或其他。',
  HOUSEHOLD_HEAD_CANNOT_LEAVE: '户主不能迁出或移除：请先把另一名成员设为户主。',
  HOUSEHOLD_NOT_A_MEMBER: '新户主须是本户现有成员。',
  HOUSEHOLD_MEMBERSHIP_NOT_FOUND: '找不到这条成员记录，可能已被他人作废，请刷新。',
  HOUSEHOLD_MEMBERSHIP_ENDED: '此人已于 {{toDate}} 离开本户，不能再修改这条记录。',
  HOUSEHOLD_DATE_BEFORE_START: '结束日期不能早于开始日期 {{fromDate}}。',
  HOUSEHOLD_IMPORT_COLUMNS_MISSING: '文件缺少必需的列（{{missing}}）：请检查表头（第一行，或标题下面的那一行）。',
  HOUSEHOLD_HEAD_MISSING: '户主身份证号在文件中没有自己的一行，本单位也没有以此人为户主的户：请补上户主的一行。',
  HOUSEHOLD_HEAD_ROW_INVALID: '户主的那一行有错误，本行成员无法入户：请先改正户主的一行。',
  HOUSEHOLD_ATTRIBUTE_UNKNOWN: '户属性不认识：请填写一般户、低保户或特困供养户。',
  HOUSEHOLD_LABOUR_UNKNOWN:
    '劳动力状况不认识：请填写普通劳动力、技能劳动力、弱劳动力或半劳动力、丧失劳动力或无劳动力。',
  HOUSEHOLD_HEALTH_UNKNOWN: '健康状况不认识：请填写健康、长期慢性病、患有大病或残疾。',
  HOUSEHOLD_SCHOOL_STAGE_UNKNOWN:
    '在校生状况不认识：请填写学前教育、小学、初中、高中、中职、高职、本科或研究生，不在校留空。',
  DISABILITY_ONLY_WHEN_DISABLED: '只有健康状况为“残疾”的成员才填写残疾证号和残疾等级。',
  DISABILITY_GRADE_INVALID: '残疾等级应为一级至四级。',
  POVERTY_CAUSE_UNKNOWN: '致贫原因不认识：请按扶贫手册填写（因病、因残、因学、因灾、缺资金等，或其他）。',
  POVERTY_CAUSE_REQUIRED: '贫困户须填写主要致贫原因。',
  POVERTY_SECONDARY_CAUSE_SAME: '次要致贫原因不能与主要致贫原因相同。',
  POVERTY_STATUS_UNKNOWN: '脱贫状态不认识：请填写帮扶中、已脱贫或监测对象。',
  MONITORING_CATEGORY_UNKNOWN: '监测对象类别不认识：请填写脱贫不稳定户、边缘易致贫户或突发严重困难户。',
  POVERTY_CATEGORY_REQUIRED: '监测对象须选择类别：脱贫不稳定户、边缘易致贫户或突发严重困难户。',
  POVERTY_CATEGORY_NOT_MONITORED: '只有监测对象才有监测类别。',
  POVERTY_FILE_NOT_FOUND: '这一户还没有扶贫档案，请先填写致贫原因。',
  POVERTY_STATUS_UNCHANGED: '这一户已是这个状态，无需变更。',
  MEASURE_NOT_FOUND: '找不到这条帮扶措施，可能已被他人作废，请刷新。',
  MEASURE_PROJECT_REQUIRED: '帮扶措施须填写项目。',
  MEASURE_PERIOD_INVALID: '帮扶措施的结束日期不能早于开始日期。',
  BENEFICIARY_CATEGORY_NAME_REQUIRED: '请填写救助对象类别的名称。',
  BENEFICIARY_CATEGORY_NAME_TAKEN: '已有名为“{{name}}”的救助对象类别。',
  BENEFICIARY_CATEGORY_NOT_FOUND: '找不到这个救助对象类别，可能已被他人作废，请刷新。',
  BENEFICIARY_CATEGORY_IN_USE: '这个类别目前还有 {{count}} 个救助对象，不能作废；请先结束他们的救助。',
  BENEFICIARY_TARGET_ONE: '救助对象须是一个人或一户，二者选一。',
  BENEFICIARY_ALREADY_IN: '已在“{{category}}”类别中，不能重复登记。',
  BENEFICIARY_NOT_FOUND: '找不到这条救助记录，可能已被他人作废，请刷新。',
  BENEFICIARY_ENDED: '这条救助记录已于 {{toDate}} 结束。',
};

const en: Translated<typeof zhCN> = {
  HOUSEHOLD_NOT_FOUND: 'This household was not found; someone may have voided it. Please refresh.',
  HOUSEHOLD_NUMBER_TAKEN: 'Household number {{number}} is taken: use another, or leave it empty to number it.',
  HOUSEHOLD_PHONE_FORMAT:
    'The contact phone is not a phone number: use an 11-digit mobile or a landline with its area code.',
  HOUSEHOLD_MEMBER_ELSEWHERE:
    'Person {{name}} is a member of household {{number}}: a person is in one household at a time. Move them instead.',
  HOUSEHOLD_MEMBER_IN_NONE: 'Person {{name}} is in no household now: add them as a member instead.',
  HOUSEHOLD_MOVE_SAME: 'This person is in household {{number}} already.',
  HOUSEHOLD_HEAD_RELATION: 'The relation 本人 (self) is the head’s only: make a member the head instead.',
  HOUSEHOLD_HEAD_RELATION_SELF: 'The head’s own row has the relation 本人 (self), or none.',
  HOUSEHOLD_RELATION_REQUIRED: 'The relation to the head is needed (spouse, child, parent, grandchild or other).',
  HOUSEHOLD_RELATION_UNKNOWN:
    'The relation to the head is not known: use 本人, 配偶, 子女, 父母, 孙辈 or 其他 (self, spouse, child, parent, grandchild, other).',
  HOUSEHOLD_HEAD_CANNOT_LEAVE: 'The head cannot leave or be removed: make another member the head first.',
  HOUSEHOLD_NOT_A_MEMBER: 'The new head must be a current member of this household.',
  HOUSEHOLD_MEMBERSHIP_NOT_FOUND: 'This membership was not found; someone may have voided it. Please refresh.',
  HOUSEHOLD_MEMBERSHIP_ENDED: 'This person left the household on {{toDate}}: the membership cannot be changed.',
  HOUSEHOLD_DATE_BEFORE_START: 'The end date cannot be before the start date {{fromDate}}.',
  HOUSEHOLD_IMPORT_COLUMNS_MISSING:
    'The file lacks required columns ({{missing}}): check the header (the first row, or the row under the title).',
  HOUSEHOLD_HEAD_MISSING:
    "The head's ID number has no row of its own in the file and heads no household of this office: add the head's row.",
  HOUSEHOLD_HEAD_ROW_INVALID: "The head's row has errors, so this member cannot join: correct the head's row first.",
  HOUSEHOLD_ATTRIBUTE_UNKNOWN:
    'The household attribute is not known: use 一般户, 低保户 or 特困供养户 (general, minimum living, extreme poverty).',
  HOUSEHOLD_LABOUR_UNKNOWN:
    'The labour status is not known: use 普通劳动力, 技能劳动力, 弱劳动力或半劳动力, 丧失劳动力 or 无劳动力.',
  HOUSEHOLD_HEALTH_UNKNOWN: 'The health status is not known: use 健康, 长期慢性病, 患有大病 or 残疾.',
  HOUSEHOLD_SCHOOL_STAGE_UNKNOWN:
    'The school stage is not known: use 学前教育, 小学, 初中, 高中, 中职, 高职, 本科 or 研究生; leave it empty when not in school.',
  DISABILITY_ONLY_WHEN_DISABLED: 'A disability card number and grade go with the health status 残疾 (disabled) only.',
  DISABILITY_GRADE_INVALID: 'The disability grade is 1 to 4 (一级 to 四级).',
  POVERTY_CAUSE_UNKNOWN:
    'The cause of poverty is not known: use the 扶贫手册 words (因病, 因残, 因学, 因灾, 缺资金 ..., or 其他).',
  POVERTY_CAUSE_REQUIRED: 'A supported household needs its main cause of poverty.',
  POVERTY_SECONDARY_CAUSE_SAME: 'The secondary cause cannot be the main cause.',
  POVERTY_STATUS_UNKNOWN:
    'The poverty status is not known: use 帮扶中, 已脱贫 or 监测对象 (assisted, exited, monitored).',
  MONITORING_CATEGORY_UNKNOWN:
    'The monitoring category is not known: use 脱贫不稳定户, 边缘易致贫户 or 突发严重困难户.',
  POVERTY_CATEGORY_REQUIRED:
    'A monitored household needs its category: unstable after exit, marginal, or sudden severe hardship.',
  POVERTY_CATEGORY_NOT_MONITORED: 'Only a monitored household has a monitoring category.',
  POVERTY_FILE_NOT_FOUND: 'This household has no poverty file yet: enter its cause of poverty first.',
  POVERTY_STATUS_UNCHANGED: 'The household already has this status.',
  MEASURE_NOT_FOUND: 'This measure was not found; someone may have voided it. Please refresh.',
  MEASURE_PROJECT_REQUIRED: 'A measure needs its project.',
  MEASURE_PERIOD_INVALID: "A measure's end date cannot be before its start date.",
  BENEFICIARY_CATEGORY_NAME_REQUIRED: 'The beneficiary category needs a name.',
  BENEFICIARY_CATEGORY_NAME_TAKEN: 'There is a beneficiary category named “{{name}}” already.',
  BENEFICIARY_CATEGORY_NOT_FOUND:
    'This beneficiary category was not found; someone may have voided it. Please refresh.',
  BENEFICIARY_CATEGORY_IN_USE:
    'This category has {{count}} beneficiaries now and cannot be voided: end their memberships first.',
  BENEFICIARY_TARGET_ONE: 'A beneficiary is one person or one household: choose one of the two.',
  BENEFICIARY_ALREADY_IN: 'Already in the category “{{category}}”.',
  BENEFICIARY_NOT_FOUND: 'This beneficiary record was not found; someone may have voided it. Please refresh.',
  BENEFICIARY_ENDED: 'This beneficiary record ended on {{toDate}}.',
};

export const householdErrors = { 'zh-CN': zhCN, en };
