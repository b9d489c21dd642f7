// The error codes of members (会员): the roster and its status history (MEMBER_*) and dues (DUES_*). For the UI and
// the CLI.
import type { Translated } from '../translated';

const zhCN = {
  MEMBER_NOT_FOUND: '找不到这名会员，可能已被他人作废，请刷新。',
  MEMBER_ALREADY_REGISTERED: '此人已是本单位的会员（会员证号 {{cardNumber}}），不能重复登记。',
  MEMBER_PERSON_REQUIRED: '个人会员和青少年会员须选择或新增一个人员。',
  MEMBER_UNIT_NAME_REQUIRED: '团体会员须填写单位名称。',
  MEMBER_CREDIT_CODE_FORMAT: '统一社会信用代码应为 18 位数字或大写字母，请核对。',
  MEMBER_HEADCOUNT_REQUIRED: '团体会员须填写单位人数（正整数），会费上限按人数确定。',
  MEMBER_CONTACT_PHONE_FORMAT: '联系电话格式不对：请填写 11 位手机号或带区号的固定电话。',
  MEMBER_CARD_NUMBER_TAKEN: '会员证号 {{cardNumber}} 已被使用，请换一个，或留空由系统编号。',
  MEMBER_ALREADY_ON_ROSTER: '此人已是本单位的会员，不能重复登记。',
  MEMBER_KIND_UNKNOWN: '会员类别只能是个人会员或青少年会员（团体会员请在会员页面逐个登记）。',
  MEMBER_STATUS_UNCHANGED: '会员已是这个状态，无需变更。',
  MEMBER_STATUS_REASON_REQUIRED: '退会或设为失效需要填写原因。',
  MEMBER_TRANSFER_TO_REQUIRED: '转出须填写转往的单位。',
  DUES_AMOUNT_INVALID: '会费金额须大于 0，以分为单位的整数（如 10 元）。',
  DUES_OVER_CAP: '会员 {{name}} 的会费超过上限 {{cap}} 元，不能收取；请按会费标准收取。',
  DUES_ALREADY_PAID: '会员 {{name}} 已缴纳 {{year}} 年会费，不能重复收取。',
  DUES_MEMBER_LEFT: '会员 {{name}}（会员证号 {{cardNumber}}）已退会或转出，不能收取会费。',
  DUES_YEAR_INVALID: '会费年度 {{year}} 不对：不能早于 1950 年，也不能晚于明年。',
  DUES_PAID_DATE_INVALID: '缴费日期不能晚于今天。',
  DUES_NO_MEMBERS: '没有可收取会费的会员：请选择会员，或核对学校和班级。',
  DUES_CLASS_REQUIRED: '按班级收取会费须同时填写学校和班级。',
  DUES_BATCH_TOO_LARGE: '一次最多收取 {{max}} 名会员的会费，请分班收取。',
  DUES_CAPS_INVALID: '会费上限须是大于 0 的金额，团体会员的人数分档须逐级增大。',
  RECEIPT_NOT_FOUND: '找不到收据 {{number}}：请核对收据编号，或该收据的会费已被作废。',
  RECEIPTS_TOO_MANY: '一次最多打印 {{max}} 张收据，请分批打印。',
};

const en: Translated<typeof zhCN> = {
  MEMBER_NOT_FOUND: 'This member was not found; someone may have voided them. Please refresh.',
  MEMBER_ALREADY_REGISTERED: 'This person is already a member of this office (card {{cardNumber}}).',
  MEMBER_PERSON_REQUIRED: 'An individual or youth member needs a person: pick one or add one.',
  MEMBER_UNIT_NAME_REQUIRED: "A group member needs the unit's name.",
  MEMBER_CREDIT_CODE_FORMAT: 'The unified social credit code is 18 digits or capital letters: check it.',
  MEMBER_HEADCOUNT_REQUIRED: "A group member needs the unit's headcount (a whole number): its dues cap depends on it.",
  MEMBER_CONTACT_PHONE_FORMAT:
    'The contact phone is not a phone number: use an 11-digit mobile or a landline with its area code.',
  MEMBER_CARD_NUMBER_TAKEN: 'Card number {{cardNumber}} is taken: use another, or leave it empty to number it.',
  MEMBER_ALREADY_ON_ROSTER: 'This person is already a member of this office.',
  MEMBER_KIND_UNKNOWN:
    'The member kind is 个人会员 or 青少年会员 (enrol group members one by one on the members page).',
  MEMBER_STATUS_UNCHANGED: 'The member already has this status.',
  MEMBER_STATUS_REASON_REQUIRED: 'Withdrawing a member or marking them lapsed needs a reason.',
  MEMBER_TRANSFER_TO_REQUIRED: 'A transfer needs the office or unit the member goes to.',
  DUES_AMOUNT_INVALID: 'Dues are an amount above zero in whole fen (e.g. 10 yuan).',
  DUES_OVER_CAP: 'The dues of member {{name}} would be over the cap of {{cap}} yuan: collect at most the cap.',
  DUES_ALREADY_PAID: 'Member {{name}} has paid the dues of {{year}} already.',
  DUES_MEMBER_LEFT: 'Member {{name}} (card {{cardNumber}}) has withdrawn or transferred out: no dues can be collected.',
  DUES_YEAR_INVALID: 'The dues year {{year}} is wrong: not before 1950 nor after next year.',
  DUES_PAID_DATE_INVALID: 'The payment date cannot be after today.',
  DUES_NO_MEMBERS: 'No member to collect dues from: pick members, or check the school and class.',
  DUES_CLASS_REQUIRED: 'Collecting for a class needs both the school and the class.',
  DUES_BATCH_TOO_LARGE: 'At most {{max}} members in one collection: collect class by class.',
  DUES_CAPS_INVALID: 'Dues caps are amounts above zero, and the group headcount bands must rise.',
  RECEIPT_NOT_FOUND: 'Receipt {{number}} was not found: check its number, or its dues were voided.',
  RECEIPTS_TOO_MANY: 'At most {{max}} receipts print at once: print them in parts.',
};

export const memberErrors = { 'zh-CN': zhCN, en };
