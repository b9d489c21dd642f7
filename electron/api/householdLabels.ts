// The travelling household records as the household forms will label them: each table's name (zh-CN, en) and its
// fields (SQL column -> zh-CN, en), for the city's refusals, the county's export check and the audit viewer.
type Label = Readonly<{ 'zh-CN': string; en: string }>;
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

const household = l('户', 'Household');
const person = l('人员', 'Person');
const cadre = l('帮扶干部', 'Cadre');
const fromDate = l('开始日期', 'From');
const toDate = l('结束日期', 'To');
const endReason = l('结束原因', 'Why it ended');
const category = l('监测类别', 'Monitoring category');

export const HOUSEHOLD_TABLE_LABELS: Record<string, Label> = {
  households: l('户', 'Household'),
  household_members: l('家庭成员', 'Household member'),
  poverty_files: l('扶贫档案', 'Poverty file'),
  poverty_status_changes: l('脱贫状态变更', 'Poverty status change'),
  household_incomes: l('家庭年收入', 'Household income'),
  poverty_measures: l('帮扶措施', 'Assistance measure'),
  beneficiary_categories: l('救助对象类别', 'Beneficiary category'),
  beneficiary_memberships: l('救助对象', 'Beneficiary'),
  household_cadres: l('帮扶干部', 'Cadre'),
  household_pairings: l('结对帮扶', 'Pairing'),
  household_visits: l('走访记录', 'Visit'),
  household_settings: l('帮扶设置', 'Assistance settings'),
};

export const HOUSEHOLD_FIELD_LABELS: Record<string, Record<string, Label>> = {
  households: {
    number: l('户编号', 'Household number'),
    head_person_id: l('户主', 'Head of household'),
    attribute: l('户属性', 'Household attribute'),
    village_group: l('组', 'Group'),
    address: l('详细地址', 'Address'),
    custom_fields: l('自定义字段', 'Custom fields'),
  },
  household_members: {
    household_id: household,
    person_id: person,
    relation: l('与户主关系', 'Relation to the head'),
    from_date: l('入户日期', 'Joined'),
    to_date: l('离户日期', 'Left'),
    end_reason: endReason,
    labour: l('劳动力状况', 'Labour'),
    health: l('健康状况', 'Health'),
    disability_card_number: l('残疾证号', 'Disability card number'),
    disability_grade: l('残疾等级', 'Disability grade'),
    school_stage: l('在校生状况', 'School stage'),
  },
  poverty_files: {
    household_id: household,
    main_cause: l('主要致贫原因', 'Main cause of poverty'),
    secondary_cause: l('次要致贫原因', 'Secondary cause'),
    identified_date: l('识别日期', 'Identified'),
    status: l('脱贫状态', 'Poverty status'),
    monitoring_category: category,
    status_date: l('状态日期', 'Status since'),
    land_area_hundredths_mu: l('耕地面积', 'Land area'),
    housing_area_hundredths_m2: l('住房面积', 'Housing area'),
    housing_safety_grade: l('危房等级', 'Housing safety grade'),
  },
  poverty_status_changes: {
    household_id: household,
    from_status: l('原状态', 'From status'),
    from_category: category,
    to_status: l('新状态', 'To status'),
    to_category: category,
    change_date: l('变更日期', 'Date'),
    reason: l('原因', 'Reason'),
  },
  household_incomes: { household_id: household, year: l('年度', 'Year'), income_fen: l('年收入', 'Income') },
  poverty_measures: {
    household_id: household,
    kind: l('措施类别', 'Kind'),
    project: l('项目', 'Project'),
    scale: l('规模', 'Scale'),
    funds_fen: l('资金', 'Funds'),
    start_date: fromDate,
    end_date: toDate,
    result: l('成效', 'Result'),
    acknowledged: l('户签字', 'Signed by the household'),
  },
  beneficiary_categories: { sort_order: l('排序', 'Order') },
  beneficiary_memberships: {
    category_id: l('救助对象类别', 'Category'),
    person_id: person,
    household_id: household,
    from_date: fromDate,
    to_date: toDate,
  },
  household_cadres: { person_id: person, unit: l('工作单位', 'Unit'), level: l('单位层级', 'Unit level') },
  household_pairings: {
    cadre_id: cadre,
    household_id: household,
    from_date: fromDate,
    to_date: toDate,
    end_reason: endReason,
  },
  household_visits: {
    household_id: household,
    cadre_id: cadre,
    visit_date: l('走访日期', 'Visit date'),
    found: l('了解情况', 'Found'),
    done: l('帮扶情况', 'Done'),
    money_fen: l('慰问金', 'Money given'),
    stock_document_id: l('出库单', 'Issue document'),
    acknowledged: l('户签字', 'Signed by the household'),
  },
  household_settings: {
    overdue_months: l('未走访提醒月数', 'Months without a visit'),
    cadre_max_households: l('每名干部最多户数', 'Households per cadre'),
  },
};
