// The fields of the travelling training records as the training forms label them (SQL column -> zh-CN, en).
type Label = Readonly<{ 'zh-CN': string; en: string }>;
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

const kind = l('培训类别', 'Course kind');
const course = l('培训班', 'Course');
const township = l('乡镇/街道', 'Township');

export const TRAINING_FIELD_LABELS: Record<string, Record<string, Label>> = {
  training_kinds: {
    category: l('类型', 'Category'),
    renews_kind_id: l('复训对应类别', 'Renews'),
    certificate_title: l('证书名称', 'Certificate title'),
    nominal_hours: l('学时', 'Hours'),
    validity_months: l('有效期（月）', 'Validity (months)'),
    renewal_grace_months: l('过期后可复训（月）', 'Renewable after expiry (months)'),
    pass_mark: l('理论及格分', 'Theory pass mark'),
    skills: l('考核技能', 'Skills examined'),
    absence_limit_hours: l('缺勤上限（小时）', 'Absence limit (hours)'),
    qualifies_instructors: l('师资资格', 'Qualifies instructors'),
    sort_order: l('排序', 'Order'),
  },
  training_kind_aliases: { alias: l('别名', 'Name used'), kind_id: kind },
  training_populations: { township, population: l('户籍人口', 'Registered population') },
  training_targets: {
    year: l('年度', 'Year'),
    certified_target: l('持证目标', 'Certification target'),
    popular_target: l('普及目标', 'Awareness target'),
    population: l('户籍人口', 'Registered population'),
  },
  training_settings: {
    number_pattern: l('证书编号格式', 'Certificate number pattern'),
    signatory: l('签发人', 'Signatory'),
  },
  training_courses: {
    number: l('班次编号', 'Course number'),
    kind_id: kind,
    title: l('培训班名称', 'Course title'),
    start_date: l('开始日期', 'Start date'),
    end_date: l('结束日期', 'End date'),
    sessions: l('课次（半天）', 'Sessions (half-days)'),
    venue: l('培训地点', 'Venue'),
    township,
    village: l('村/社区', 'Village'),
    sector: l('五进领域', 'Sector'),
    host_unit: l('承办单位', 'Host unit'),
    capacity: l('计划人数', 'Capacity'),
    funding_source: l('经费来源', 'Funding source'),
    head_count: l('参训人次', 'Attendance'),
    instructors_confirmed_by: l('师资确认人', 'Instructors confirmed by'),
    instructors_confirmed_at: l('师资确认时间', 'Instructors confirmed at'),
  },
  training_course_instructors: { course_id: course, person_id: l('授课师资', 'Instructor') },
  training_enrolments: {
    course_id: course,
    person_id: l('学员', 'Trainee'),
    attendance: l('考勤', 'Attendance'),
    theory_score: l('理论成绩', 'Theory score'),
    skill_results: l('技能考核', 'Skills'),
  },
  training_certificates: {
    number: l('证书编号', 'Certificate number'),
    person_id: l('持证人', 'Holder'),
    kind_id: kind,
    course_id: course,
    enrolment_id: l('培训记录', 'Enrolment'),
    source: l('来源', 'Source'),
    issue_date: l('发证日期', 'Issue date'),
    expiry_date: l('有效期至', 'Valid until'),
    signatory: l('签发人', 'Signatory'),
    previous_id: l('原证书', 'Previous certificate'),
    township,
    work_unit: l('工作单位', 'Work unit'),
    sector: l('五进领域', 'Sector'),
    revoked_at: l('撤销时间', 'Revoked at'),
    revoked_by: l('撤销人', 'Revoked by'),
    revoke_reason: l('撤销原因', 'Revocation reason'),
    print_count: l('打印次数', 'Prints'),
  },
  training_certificate_prints: {
    certificate_id: l('证书', 'Certificate'),
    format: l('打印样式', 'Format'),
    reprint: l('补打', 'Reprint'),
    reason: l('补打原因', 'Reprint reason'),
  },
};
