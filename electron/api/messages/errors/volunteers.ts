// The error codes of volunteers (志愿者): the roster and its teams and skills (VOLUNTEER_*), service records and
// their approval (SERVICE_*), service-record proofs (PROOF_*) and the roster and hours imports, whose row codes
// name a cell of the file (DATE_*: a date cell). For the UI and the CLI.
import type { Translated } from '../translated';

const zhCN = {
  VOLUNTEER_NOT_FOUND: '找不到这名志愿者，可能已被他人作废，请刷新。',
  VOLUNTEER_ALREADY_REGISTERED: '此人已是本单位的志愿者（编号 {{number}}），不能重复登记。',
  VOLUNTEER_ALREADY_ON_ROSTER: '此人已是本单位的志愿者，不能重复登记。',
  VOLUNTEER_STATUS_REASON_REQUIRED: '暂停或注销志愿者需要填写原因。',
  VOLUNTEER_GUARDIAN_REQUIRED: '志愿者注册时未满 14 周岁：请填写监护人姓名和监护人电话。',
  VOLUNTEER_GUARDIAN_PHONE_FORMAT: '监护人电话格式不对：请填写 11 位手机号或带区号的固定电话。',
  VOLUNTEER_GROUP_NOT_FOUND: '所选的服务队或技能不存在或已作废，请刷新后重新选择。',
  VOLUNTEER_GROUP_NAME_TAKEN: '已有名为“{{name}}”的服务队或技能，请换一个名称。',
  VOLUNTEER_GROUP_NAME_REQUIRED: '请填写名称。',
  VOLUNTEER_STAR_THRESHOLDS_INVALID: '星级时长需填写五个逐级增大的正整数小时数（如 100、300、600、1000、1500）。',
  VOLUNTEER_UNKNOWN: '找不到这名志愿者：请核对身份证号或志愿者编号（须是本单位在册的志愿者）。',
  VOLUNTEER_REQUIRED: '请填写志愿者的身份证号或志愿者编号。',
  VOLUNTEER_IMPORT_COLUMNS_MISSING: '文件缺少必需的列（{{missing}}）：请检查表头（第一行，或标题下面的那一行）。',
  SERVICE_TIME_FORMAT: '时间格式不对：请按 24 小时制填写，如 08:30、19:00。',
  SERVICE_END_BEFORE_START: '结束时间不能早于或等于开始时间；跨过午夜的活动请勾选“次日结束”（导入时写作“次日06:00”）。',
  SERVICE_TIME_TOO_SHORT: '服务时长不足半小时，不能记录。',
  SERVICE_TIME_TOO_LONG: '一条服务记录不能超过 24 小时。',
  SERVICE_TIME_REQUIRED: '请填写开始和结束时间，或直接填写服务时长。',
  SERVICE_HOURS_INVALID: '服务时长须是 0.5 到 24 之间、以半小时为单位的数（如 2、3.5）。',
  SERVICE_DAY_OVER_24: '志愿者 {{name}} 在 {{date}} 的服务时长合计超过 24 小时，请核对。',
  SERVICE_DATE_REQUIRED: '请填写服务日期。',
  SERVICE_DATE_FUTURE: '服务日期不能晚于今天。',
  SERVICE_BACKFILL_REASON_REQUIRED: '服务日期距今已超过 30 天，属于补录：请填写补录原因。',
  SERVICE_VOLUNTEER_NOT_ACTIVE: '以下志愿者不在册（已暂停、注销或作废），不能记录服务时长：{{names}}。',
  SERVICE_VOLUNTEER_REPEATED: '同一名志愿者在名单中出现了两次，请去掉重复的。',
  SERVICE_ACTIVITY_NOT_FOUND: '找不到这项服务活动，可能已被作废，请刷新。',
  SERVICE_ACTIVITY_REQUIRED: '请填写服务活动名称。',
  SERVICE_RECORD_NOT_FOUND: '找不到这条服务记录，可能已被他人作废，请刷新。',
  SERVICE_RECORD_NOT_PENDING: '有 {{count}} 条服务记录已审核过，不能再次审核；请刷新后重试。',
  SERVICE_REJECT_REASON_REQUIRED: '退回服务记录需要填写原因。',
  PROOF_PERIOD_INVALID: '证明期间的截止日期不能早于起始日期。',
  PROOF_NO_HOURS: '这名志愿者在所选期间没有已审核通过的服务时长，不能出具证明。',
  PROOF_NOT_FOUND: '找不到这份志愿服务记录证明。',
  // A date cell of an imported roster or hours file.
  DATE_FORMAT: '日期看不懂，请写成 2024-03-08、2024/3/8 或 2024年3月8日。',
  DATE_IMPOSSIBLE: '没有这一天，请核对月份和日期。',
  DATE_RANGE: '日期不在合理范围内，请核对年份。',
  DATE_FUTURE: '日期不能晚于今天。',
};

const en: Translated<typeof zhCN> = {
  VOLUNTEER_NOT_FOUND: 'This volunteer was not found; someone may have voided them. Please refresh.',
  VOLUNTEER_ALREADY_REGISTERED: 'This person is already a volunteer of this office (number {{number}}).',
  VOLUNTEER_ALREADY_ON_ROSTER: 'This person is already a volunteer of this office.',
  VOLUNTEER_STATUS_REASON_REQUIRED: 'Suspending or deregistering a volunteer needs a reason.',
  VOLUNTEER_GUARDIAN_REQUIRED:
    "The volunteer is under 14 on the registration day: enter the guardian's name and the guardian's phone.",
  VOLUNTEER_GUARDIAN_PHONE_FORMAT:
    "The guardian's phone is not a phone number: enter an 11-digit mobile or a landline with its area code.",
  VOLUNTEER_GROUP_NOT_FOUND: 'A chosen team or skill does not exist or was voided: refresh and choose again.',
  VOLUNTEER_GROUP_NAME_TAKEN: 'There is already a team or skill named "{{name}}": choose another name.',
  VOLUNTEER_GROUP_NAME_REQUIRED: 'Enter a name.',
  VOLUNTEER_STAR_THRESHOLDS_INVALID:
    'The star thresholds are five rising whole numbers of hours (e.g. 100, 300, 600, 1000, 1500).',
  VOLUNTEER_UNKNOWN:
    "No such volunteer: check the ID number or volunteer number (it must be one of this office's volunteers).",
  VOLUNTEER_REQUIRED: "Enter the volunteer's ID number or volunteer number.",
  VOLUNTEER_IMPORT_COLUMNS_MISSING:
    'The file lacks required columns ({{missing}}): check its header (the first row, or the row under the title).',
  SERVICE_TIME_FORMAT: 'The time is not a time of day: use the 24-hour clock, e.g. 08:30, 19:00.',
  SERVICE_END_BEFORE_START:
    'The end must be after the start; for an activity past midnight tick "ends the next day" (in a file: 次日06:00).',
  SERVICE_TIME_TOO_SHORT: 'The service is shorter than half an hour and cannot be recorded.',
  SERVICE_TIME_TOO_LONG: 'One service record cannot be longer than 24 hours.',
  SERVICE_TIME_REQUIRED: 'Enter a start and an end time, or the hours.',
  SERVICE_HOURS_INVALID: 'Hours are a number of half hours from 0.5 to 24 (e.g. 2, 3.5).',
  SERVICE_DAY_OVER_24: "{{name}}'s service on {{date}} would add up to more than 24 hours: check the hours.",
  SERVICE_DATE_REQUIRED: 'Enter the date of the service.',
  SERVICE_DATE_FUTURE: 'The date of the service cannot be after today.',
  SERVICE_BACKFILL_REASON_REQUIRED:
    'The service was more than 30 days ago, so this is a back-fill: enter the reason for recording it late.',
  SERVICE_VOLUNTEER_NOT_ACTIVE:
    'These volunteers are not on the active roster (suspended, deregistered or voided), so no hours can be recorded: {{names}}.',
  SERVICE_VOLUNTEER_REPEATED: 'A volunteer is listed twice: remove the repeat.',
  SERVICE_ACTIVITY_NOT_FOUND: 'This activity was not found; it may have been voided. Please refresh.',
  SERVICE_ACTIVITY_REQUIRED: 'Enter the name of the activity.',
  SERVICE_RECORD_NOT_FOUND: 'This service record was not found; someone may have voided it. Please refresh.',
  SERVICE_RECORD_NOT_PENDING:
    'Some service records ({{count}}) were decided already and cannot be decided again: refresh and try again.',
  SERVICE_REJECT_REASON_REQUIRED: 'Rejecting service records needs a reason.',
  PROOF_PERIOD_INVALID: "The proof's period cannot end before it starts.",
  PROOF_NO_HOURS: 'The volunteer has no approved hours in this period: no proof can be issued.',
  PROOF_NOT_FOUND: 'No such service-record proof.',
  DATE_FORMAT: 'Unreadable date; write 2024-03-08 or 2024/3/8.',
  DATE_IMPOSSIBLE: 'No such day; check the month and day.',
  DATE_RANGE: 'The date is out of range; check the year.',
  DATE_FUTURE: 'The date cannot be after today.',
};

export const volunteerErrors = { 'zh-CN': zhCN, en };
