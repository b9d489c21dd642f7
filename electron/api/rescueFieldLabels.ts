// The fields of the travelling rescue-team records as the rescue forms label them (SQL column -> zh-CN, en).
type Label = Readonly<{ 'zh-CN': string; en: string }>;
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

const team = l('救援队', 'Team');
const halfHours = l('时长', 'Hours');

export const RESCUE_FIELD_LABELS: Record<string, Record<string, Label>> = {
  rescue_settings: { team_types: l('队伍类型', 'Team types'), roles: l('队内职务', 'Roles') },
  rescue_teams: {
    number: l('队伍编号', 'Team number'),
    name: l('队伍名称', 'Team name'),
    type: l('队伍类型', 'Team type'),
    founded_date: l('成立日期', 'Founded'),
    contact_phone: l('联系电话', 'Contact phone'),
  },
  rescue_team_members: {
    team_id: team,
    person_id: l('人员', 'Person'),
    role: l('职务', 'Role'),
    joined_date: l('入队日期', 'Joined'),
    left_date: l('离队日期', 'Left'),
    leave_reason: l('离队原因', 'Reason for leaving'),
    custom_fields: l('自定义字段', 'Custom fields'),
  },
  rescue_team_equipment: {
    team_id: team,
    item_id: l('装备', 'Equipment'),
    quantity: l('数量', 'Quantity'),
    assigned_date: l('配发日期', 'Assigned'),
    returned_date: l('归还日期', 'Returned'),
    note: l('备注', 'Note'),
  },
  rescue_drills: {
    team_id: team,
    kind: l('类型', 'Kind'),
    date: l('日期', 'Date'),
    place: l('地点', 'Place'),
    content: l('内容', 'Content'),
    start_time: l('开始时间', 'Start'),
    end_time: l('结束时间', 'End'),
    ends_next_day: l('次日结束', 'Ends the next day'),
    half_hours: halfHours,
    activity_id: l('志愿服务活动', 'Service activity'),
  },
  rescue_drill_attendance: {
    drill_id: l('演练/出队', 'Drill or call-out'),
    team_member_id: l('队员', 'Member'),
    half_hours: halfHours,
    service_record_id: l('志愿服务记录', 'Service record'),
  },
};
