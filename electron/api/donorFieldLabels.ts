// The fields of the travelling 三献 register records as the donor forms label them (SQL column -> zh-CN, en).
type Label = Readonly<{ 'zh-CN': string; en: string }>;
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

export const DONOR_FIELD_LABELS: Record<string, Record<string, Label>> = {
  donor_registrations: {
    person_id: l('人员', 'Person'),
    kind: l('登记类别', 'Kind'),
    registration_date: l('登记日期', 'Registration date'),
    place: l('登记地点', 'Place'),
    sample_date: l('入库血样日期', 'Sample date'),
    initial_match_date: l('初配日期', 'First match date'),
    high_resolution_date: l('高分辨日期', 'High-resolution date'),
    medical_exam_date: l('体检日期', 'Examination date'),
    registration_number: l('登记编号', 'Registration number'),
    family_consent: l('家属意见', 'Family consent'),
    consent_by: l('同意人', 'Consented by'),
  },
  donor_donations: {
    registration_id: l('所属登记', 'Registration'),
    donation_date: l('捐献日期', 'Donation date'),
    amount_ml: l('献血量(毫升)', 'Amount (ml)'),
    place: l('捐献地点', 'Place'),
  },
};
