// The error codes of the rescue teams (应急救援队): the teams and their settings lists, members, equipment, drills
// and call-outs (RESCUE_*). The volunteer hours a drill makes are refused with the volunteers' SERVICE_* codes.
import type { Translated } from '../translated';

const zhCN = {
  RESCUE_TEAM_NOT_FOUND: '找不到这支救援队，可能已被他人作废，请刷新。',
  RESCUE_TEAM_VOIDED: '救援队“{{name}}”已作废，不能再修改它或它的队员、装备和演练。',
  RESCUE_TEAM_NAME_REQUIRED: '请填写队伍名称。',
  RESCUE_TEAM_NAME_TAKEN: '已有名为“{{name}}”的救援队，请换一个队伍名称。',
  RESCUE_TEAM_NUMBER_TAKEN: '队伍编号 {{number}} 已被使用（编号作废后也不再重复使用），请换一个或留空自动编号。',
  RESCUE_TEAM_TYPE_UNKNOWN: '队伍类型“{{name}}”不在本单位的队伍类型列表中：请从列表中选择，或先在救援队设置中添加。',
  RESCUE_TEAM_PHONE_FORMAT: '联系电话格式不对：请填写 11 位手机号或带区号的固定电话。',
  RESCUE_ROLE_UNKNOWN: '职务“{{name}}”不在本单位的职务列表中：请从列表中选择，或先在救援队设置中添加。',
  RESCUE_LIST_INVALID: '列表至少要有一项，最多 30 项，每项 1 到 20 个字，且不能重复。',
  RESCUE_DATE_FUTURE: '日期不能晚于今天。',
  RESCUE_MEMBER_NOT_FOUND: '找不到这名队员，可能已被他人作废，请刷新。',
  RESCUE_MEMBER_ALREADY_IN_TEAM: '{{name}} 已是“{{team}}”的队员，不能重复加入。',
  RESCUE_MEMBER_ALREADY_LEFT: '{{name}} 已于 {{date}} 离队。',
  RESCUE_LEFT_BEFORE_JOINED: '离队日期不能早于入队日期。',
  RESCUE_EQUIPMENT_ITEM_NOT_FOUND: '所选物资不在本单位的物资目录中或已作废，请刷新后重新选择。',
  RESCUE_EQUIPMENT_NOT_FOUND: '找不到这条装备配发记录，可能已被他人作废，请刷新。',
  RESCUE_EQUIPMENT_RETURNED: '这件装备已于 {{date}} 归还。',
  RESCUE_EQUIPMENT_RETURN_BEFORE_ASSIGN: '归还日期不能早于配发日期。',
  RESCUE_DRILL_NOT_FOUND: '找不到这次演练或出队，可能已被他人作废，请刷新。',
  RESCUE_DRILL_PLACE_REQUIRED: '请填写地点。',
  RESCUE_DRILL_NO_ATTENDEES: '请至少勾选一名到场的队员。',
  RESCUE_DRILL_MEMBER_REPEATED: '同一名队员在到场名单中出现了两次，请去掉重复的。',
  RESCUE_DRILL_MEMBER_NOT_IN_TEAM: '以下人员在 {{date}} 不是本队队员（尚未入队或已离队），不能记为到场：{{names}}。',
};

const en: Translated<typeof zhCN> = {
  RESCUE_TEAM_NOT_FOUND: 'This rescue team was not found; someone may have voided it. Please refresh.',
  RESCUE_TEAM_VOIDED:
    'The rescue team "{{name}}" is voided: it and its members, equipment and drills cannot be changed.',
  RESCUE_TEAM_NAME_REQUIRED: 'Enter the team name.',
  RESCUE_TEAM_NAME_TAKEN: 'There is already a rescue team named "{{name}}": choose another team name.',
  RESCUE_TEAM_NUMBER_TAKEN:
    'Team number {{number}} is taken (a voided team keeps its number): choose another, or leave it blank to number it.',
  RESCUE_TEAM_TYPE_UNKNOWN:
    'The team type "{{name}}" is not on the office\'s list: choose one from the list, or add it in the rescue settings first.',
  RESCUE_TEAM_PHONE_FORMAT:
    'The contact phone is not a phone number: enter an 11-digit mobile or a landline with its area code.',
  RESCUE_ROLE_UNKNOWN:
    'The role "{{name}}" is not on the office\'s list: choose one from the list, or add it in the rescue settings first.',
  RESCUE_LIST_INVALID: 'A list holds 1 to 30 names, each 1 to 20 characters, none twice.',
  RESCUE_DATE_FUTURE: 'The date cannot be after today.',
  RESCUE_MEMBER_NOT_FOUND: 'This team member was not found; someone may have voided them. Please refresh.',
  RESCUE_MEMBER_ALREADY_IN_TEAM: 'This person ({{name}}) is already a member of "{{team}}".',
  RESCUE_MEMBER_ALREADY_LEFT: 'This member ({{name}}) left the team on {{date}}.',
  RESCUE_LEFT_BEFORE_JOINED: 'The day of leaving cannot be before the day of joining.',
  RESCUE_EQUIPMENT_ITEM_NOT_FOUND:
    "The chosen item is not in the office's catalog or was voided: refresh and choose again.",
  RESCUE_EQUIPMENT_NOT_FOUND: 'This equipment assignment was not found; someone may have voided it. Please refresh.',
  RESCUE_EQUIPMENT_RETURNED: 'This equipment was returned on {{date}}.',
  RESCUE_EQUIPMENT_RETURN_BEFORE_ASSIGN: 'The return date cannot be before the day it was assigned.',
  RESCUE_DRILL_NOT_FOUND: 'This drill or call-out was not found; someone may have voided it. Please refresh.',
  RESCUE_DRILL_PLACE_REQUIRED: 'Enter the place.',
  RESCUE_DRILL_NO_ATTENDEES: 'Tick at least one member who was present.',
  RESCUE_DRILL_MEMBER_REPEATED: 'A member is listed twice as present: remove the repeat.',
  RESCUE_DRILL_MEMBER_NOT_IN_TEAM:
    'These people were not members of the team on {{date}} (not yet joined, or left), so they cannot be present: {{names}}.',
};

export const rescueErrors = { 'zh-CN': zhCN, en };
