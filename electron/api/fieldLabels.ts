// The fields of travelling records named as their forms label them (SQL column -> zh-CN, en); '*' holds the
// names every table shares. Used by recordLabels.ts to say which field of which record breaks a rule.
import { DONOR_FIELD_LABELS } from './donorFieldLabels';
import { HOUSEHOLD_FIELD_LABELS } from './householdLabels';
import { RESCUE_FIELD_LABELS } from './rescueFieldLabels';
import { TRAINING_FIELD_LABELS } from './trainingFieldLabels';
import { VOLUNTEER_FIELD_LABELS } from './volunteerFieldLabels';

type Label = Readonly<{ 'zh-CN': string; en: string }>;
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

const warehouse = l('仓库', 'Warehouse');
const item = l('物资', 'Item');
const lot = l('批次', 'Lot');
const donor = l('捐赠方', 'Donor');
const documentRef = l('所属单据', 'Document');
const event = l('灾害事件', 'Disaster event');
const campaign = l('发放活动', 'Campaign');
const household = l('受助户', 'Household');
const quantity = l('数量', 'Quantity');
const unitValue = l('单价', 'Unit value');
const lotNumber = l('批号', 'Lot number');
const expiryDate = l('有效期至', 'Expiry date');

export const FIELD_LABELS: Record<string, Record<string, Label>> = {
  '*': {
    id: l('记录编号', 'Record id'),
    created_at: l('录入时间', 'Entered at'),
    updated_at: l('修改时间', 'Changed at'),
    created_by: l('录入人', 'Entered by'),
    updated_by: l('修改人', 'Changed by'),
    voided_at: l('作废时间', 'Voided at'),
    voided_by: l('作废人', 'Voided by'),
    void_reason: l('作废原因', 'Void reason'),
    name: l('名称', 'Name'),
    code: l('编码', 'Code'),
    notes: l('备注', 'Notes'),
    phone: l('电话', 'Phone'),
    address: l('地址', 'Address'),
    warehouse_id: warehouse,
    item_id: item,
    lot_id: lot,
    donor_id: donor,
    document_id: documentRef,
    event_id: event,
    campaign_id: campaign,
    quantity,
    unit_value: unitValue,
    lot_number: lotNumber,
    expiry_date: expiryDate,
    household_person_id: household,
    kind: l('类型', 'Kind'),
    date: l('日期', 'Date'),
    document_date: l('业务日期', 'Document date'),
  },
  people: {
    name: l('姓名', 'Name'),
    gender: l('性别', 'Gender'),
    id_number: l('身份证号', 'ID number'),
    id_converted: l('15 位转换', 'Converted ID'),
    birth_date: l('出生日期', 'Birth date'),
    mobile: l('手机', 'Mobile'),
    phone: l('固定电话', 'Phone'),
    township: l('乡镇/街道', 'Township'),
    village: l('村/社区', 'Village'),
    work_unit: l('工作单位', 'Work unit'),
    custom_fields: l('自定义字段', 'Custom fields'),
  },
  custom_fields: {
    roster: l('花名册', 'Roster'),
    key: l('字段编号', 'Field key'),
    label_zh: l('中文名称', 'Chinese name'),
    label_en: l('英文名称', 'English name'),
    type: l('类型', 'Type'),
    choices: l('选项', 'Choices'),
    required: l('必填', 'Required'),
    in_grid: l('在表格中显示', 'Shown in the grid'),
    hidden: l('已隐藏', 'Hidden'),
    sort_order: l('排序', 'Order'),
  },
  stock_categories: { name: l('类别名称', 'Category name'), sort_order: l('排序', 'Order') },
  stock_items: {
    name: l('物资名称', 'Item name'),
    code: l('物资编码', 'Item code'),
    category_id: l('类别', 'Category'),
    unit: l('计量单位', 'Unit'),
    specification: l('规格型号', 'Specification'),
    shelf_life_months: l('保质期（月）', 'Shelf life (months)'),
  },
  stock_warehouses: {
    name: l('仓库名称', 'Warehouse name'),
    code: l('仓库编码', 'Warehouse code'),
    keeper: l('保管员', 'Keeper'),
  },
  stock_locations: { code: l('库位编码', 'Location code'), name: l('库位名称', 'Location name') },
  stock_donors: {
    name: l('捐赠方名称', 'Donor name'),
    kind: l('捐赠方类型', 'Donor kind'),
    contact: l('联系人', 'Contact'),
    anonymous: l('匿名', 'Anonymous'),
  },
  stock_events: {
    name: l('事件名称', 'Event name'),
    kind: l('灾害类型', 'Disaster kind'),
    date: l('发生日期', 'Date'),
    place: l('地点', 'Place'),
  },
  stock_lots: {
    source: l('来源', 'Source'),
    received_date: l('入库日期', 'Received on'),
    document_id: l('入库单据', 'Receiving document'),
  },
  stock_documents: {
    number: l('单号', 'Number'),
    type: l('单据类型', 'Document type'),
    status: l('状态', 'Status'),
    document_date: l('业务日期', 'Document date'),
    entered_at: l('录入时间', 'Entered at'),
    to_warehouse_id: l('调入仓库', 'To warehouse'),
    source_kind: l('来源', 'Source'),
    allocation_from: l('调拨单位', 'Allocated by'),
    supplier: l('供应商', 'Supplier'),
    tender_ref: l('采购编号', 'Tender reference'),
    destination_kind: l('去向', 'Destination'),
    destination_office: l('接收单位', 'Receiving office'),
    internal_use: l('内部用途', 'Internal use'),
    handled_by: l('经办人', 'Handled by'),
    approved_by: l('审核人', 'Approved by'),
    approved_by_name: l('审核人', 'Approved by'),
    approved_at: l('审核时间', 'Approved at'),
    posted_by: l('记账人', 'Posted by'),
    posted_by_name: l('记账人', 'Posted by'),
    posted_at: l('记账时间', 'Posted at'),
    reverses_document_id: l('被冲销单据', 'Reversed document'),
    reversal_reason: l('冲销原因', 'Reversal reason'),
  },
  stock_document_lines: {
    line_no: l('行号', 'Line'),
    location_id: l('库位', 'Location'),
    counted_quantity: l('实盘数量', 'Counted quantity'),
    book_quantity: l('账面数量', 'Book quantity'),
    reason: l('调整原因', 'Adjustment reason'),
    reason_note: l('原因说明', 'Reason note'),
    expired_override_reason: l('过期发放原因', 'Reason to issue expired goods'),
  },
  stock_movements: {
    line_id: l('单据明细', 'Document line'),
    document_date: l('业务日期', 'Document date'),
    seq: l('记账顺序', 'Posting order'),
    reversal: l('冲销', 'Reversal'),
  },
  stock_month_locks: { month: l('月份', 'Month'), locked_by_name: l('结账人', 'Locked by') },
  stock_quotas: { quantity: l('定额数量', 'Quota') },
  stock_campaigns: { name: l('活动名称', 'Campaign name'), date: l('发放日期', 'Distribution date') },
  stock_campaign_items: { quantity_per_household: l('每户数量', 'Quantity per household') },
  stock_campaign_households: { person_id: household, issue_document_id: l('出库单', 'Issue document') },
  ...TRAINING_FIELD_LABELS,
  ...VOLUNTEER_FIELD_LABELS,
  ...RESCUE_FIELD_LABELS,
  ...DONOR_FIELD_LABELS,
  ...HOUSEHOLD_FIELD_LABELS,
};
