// The error codes of the 三献 donor register (DONOR_*, DONORS_*): who may see it, registrations and their
// matching steps, donations, and the office's package setting. For the UI and the CLI.
import type { Translated } from '../translated';

const zhCN = {
  DONORS_ROLE_REQUIRED:
    '三献登记只有“三献管理员”可以查看和录入；管理员也须先在“用户管理”中为自己勾选“三献管理员”角色（会记入日志）。',
  DONORS_SETTING_COUNTY_ONLY: '只有县级单位上报数据，市级单位无需设置三献登记是否随数据包上报。',
  DONOR_NOT_FOUND: '找不到这条三献登记，可能已被他人作废，请刷新。',
  DONOR_PERSON_NOT_FOUND: '找不到这个人员，可能已被作废，请刷新后重新选择。',
  DONOR_ALREADY_REGISTERED: '此人已有一条有效的同类登记，不能重复登记；请在原登记上修改。',
  DONOR_REGISTRATION_VOIDED: '这条登记已作废，不能再记录捐献。',
  DONOR_DONATION_NOT_FOUND: '找不到这条捐献记录，可能已被他人作废，请刷新。',
  DONOR_DONATED_ONCE: '人体器官和遗体只能捐献一次：这条登记已有捐献记录。',
  DONOR_FIELD_NOT_FOR_KIND:
    '所填的项目不属于这类登记：入库血样和配型日期只用于造血干细胞，登记编号和家属同意只用于器官和遗体捐献。',
  DONOR_DATE_FUTURE: '日期不能晚于今天，请核对。',
  DONOR_DATE_BEFORE_REGISTRATION: '入库血样日期不能早于登记日期。',
  DONOR_STAGE_SKIPPED: '配型须依次登记：请先填写前一步的日期（入库血样 → 初配 → 高分辨 → 体检）。',
  DONOR_STAGE_ORDER: '配型各步的日期不能早于前一步（入库血样 → 初配 → 高分辨 → 体检）。',
  DONOR_CONSENT_BY_REQUIRED: '家属同意捐献时，请填写同意人（姓名及与本人关系）。',
  DONOR_AMOUNT_REQUIRED: '无偿献血请填写献血量（毫升）。',
  DONOR_AMOUNT_NOT_BLOOD: '只有无偿献血填写献血量。',
  DONOR_AMOUNT_RANGE: '献血量须是 1 到 {{max}} 之间的整数毫升。',
  DONOR_DONATION_BEFORE_EXAM: '造血干细胞捐献须在体检之后：请先在登记上填写体检日期，捐献日期不能早于体检日期。',
};

const en: Translated<typeof zhCN> = {
  DONORS_ROLE_REQUIRED:
    'Only a donor registrar (三献管理员) may see or enter the donor register; an administrator must first tick that role for themself under Users (it is logged).',
  DONORS_SETTING_COUNTY_ONLY: 'Only a county office sends packages: a city office has no donor package setting.',
  DONOR_NOT_FOUND: 'This donor registration was not found; someone may have voided it. Refresh.',
  DONOR_PERSON_NOT_FOUND: 'This person was not found; they may have been voided. Refresh and choose again.',
  DONOR_ALREADY_REGISTERED: 'This person already has a live registration of this kind: edit that one instead.',
  DONOR_REGISTRATION_VOIDED: 'This registration is voided: no donation can be recorded under it.',
  DONOR_DONATION_NOT_FOUND: 'This donation was not found; someone may have voided it. Refresh.',
  DONOR_DONATED_ONCE: 'An organ or body donation is made once: this registration has its donation already.',
  DONOR_FIELD_NOT_FOR_KIND:
    'A field of another kind of registration is filled: sample and matching dates are for stem cells, the registration number and family consent for organ and body donation.',
  DONOR_DATE_FUTURE: 'A date cannot be after today; check it.',
  DONOR_DATE_BEFORE_REGISTRATION: 'The sample date cannot be before the registration date.',
  DONOR_STAGE_SKIPPED:
    'Matching steps are entered in order: fill in the date of the step before first (sample → first match → high resolution → examination).',
  DONOR_STAGE_ORDER:
    'A matching step cannot be dated before the step before it (sample → first match → high resolution → examination).',
  DONOR_CONSENT_BY_REQUIRED: 'When the family consents, enter who consented (name and relation).',
  DONOR_AMOUNT_REQUIRED: 'A blood donation needs its amount in millilitres.',
  DONOR_AMOUNT_NOT_BLOOD: 'Only a blood donation has an amount.',
  DONOR_AMOUNT_RANGE: 'The amount is a whole number of millilitres from 1 to {{max}}.',
  DONOR_DONATION_BEFORE_EXAM:
    'A stem-cell donation follows the medical examination: enter the examination date on the registration first; the donation cannot be dated before it.',
};

export const donorErrors = { 'zh-CN': zhCN, en };
