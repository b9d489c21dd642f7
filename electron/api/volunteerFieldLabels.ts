// The fields of the travelling volunteer records as the volunteer forms label them (SQL column -> zh-CN, en).
type Label = Readonly<{ 'zh-CN': string; en: string }>;
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

const volunteer = l('志愿者', 'Volunteer');
const halfHours = l('服务时长', 'Service hours');
const startTime = l('开始时间', 'Start');
const endTime = l('结束时间', 'End');
const endsNextDay = l('次日结束', 'Ends the next day');

export const VOLUNTEER_FIELD_LABELS: Record<string, Record<string, Label>> = {
  volunteers: {
    person_id: l('人员', 'Person'),
    number: l('志愿者编号', 'Volunteer number'),
    registration_date: l('注册日期', 'Registration date'),
    status: l('状态', 'Status'),
    status_reason: l('状态原因', 'Status reason'),
    guardian_name: l('监护人姓名', "Guardian's name"),
    guardian_phone: l('监护人电话', "Guardian's phone"),
    custom_fields: l('自定义字段', 'Custom fields'),
  },
  volunteer_groups: { kind: l('类型', 'Kind'), sort_order: l('排序', 'Order') },
  volunteer_group_members: { volunteer_id: volunteer, group_id: l('服务队/技能', 'Team or skill') },
  volunteer_settings: { star_thresholds: l('星级时长', 'Star thresholds') },
  volunteer_activities: {
    name: l('活动名称', 'Activity'),
    organiser: l('组织单位', 'Organiser'),
    place: l('服务地点', 'Place'),
    content: l('服务内容', 'Content'),
    date: l('服务日期', 'Date'),
    start_time: startTime,
    end_time: endTime,
    ends_next_day: endsNextDay,
    half_hours: halfHours,
  },
  volunteer_service_records: {
    volunteer_id: volunteer,
    activity_id: l('服务活动', 'Activity'),
    service_date: l('服务日期', 'Date'),
    start_time: startTime,
    end_time: endTime,
    ends_next_day: endsNextDay,
    half_hours: halfHours,
    status: l('审核状态', 'Approval'),
    source: l('来源', 'Source'),
    backfill: l('补录', 'Back-fill'),
    backfill_reason: l('补录原因', 'Back-fill reason'),
    decided_by: l('审核人', 'Decided by'),
    decided_at: l('审核时间', 'Decided at'),
    reject_reason: l('退回原因', 'Rejection reason'),
  },
  volunteer_proofs: {
    number: l('证明编号', 'Proof number'),
    volunteer_id: volunteer,
    period_start: l('起始日期', 'From'),
    period_end: l('截止日期', 'To'),
    half_hours: halfHours,
    content: l('服务内容', 'Content'),
    issuer_name: l('出具单位', 'Issuing office'),
    person_in_charge: l('负责人', 'Person in charge'),
    handler: l('经办人', 'Handler'),
    contact: l('联系方式', 'Contact'),
    issue_date: l('出具日期', 'Issue date'),
  },
};
