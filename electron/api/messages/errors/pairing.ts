// The error codes of paired assistance (结对帮扶): cadres, pairings, visits and their goods, and the pairing list
// import's rows. For the UI and the CLI.
import type { Translated } from '../translated';

const zhCN = {
  CADRE_NOT_FOUND: '找不到这名帮扶干部，可能已被他人作废，请刷新。',
  CADRE_EXISTS: '{{name}} 已是帮扶干部，无需重复登记。',
  CADRE_UNIT_REQUIRED: '请填写帮扶干部的工作单位。',
  CADRE_LEVEL_REQUIRED: '请选择单位级别（省直、市直、县直、乡镇或村级）。',
  CADRE_LEVEL_UNKNOWN: '单位级别不认识：请填写省直、市直、县直、乡镇或村级。',
  CADRE_PHONE_FORMAT: '联系电话格式不对：请填写 11 位手机号或带区号的固定电话。',
  CADRE_HAS_HOUSEHOLDS: '这名干部目前还结对帮扶 {{count}} 户，不能作废：请先结束结对或改由其他干部帮扶。',
  CADRE_HAS_VISITS: '这名干部还有 {{count}} 条走访记录，不能作废：如是误录，请先作废这些走访记录。',
  PAIRING_NOT_FOUND: '找不到这条结对记录，可能已被他人作废，请刷新。',
  PAIRING_EXISTS: '{{name}} 自 {{fromDate}} 起已结对帮扶这一户。',
  PAIRING_DATE_BEFORE_CURRENT: '更换日期不能早于现任帮扶责任人的结对日期 {{fromDate}}。',
  PAIRING_ENDED: '这条结对已于 {{toDate}} 结束。',
  VISIT_NOT_FOUND: '找不到这条走访记录，可能已被他人作废，请刷新。',
  VISIT_DATE_FUTURE: '走访日期不能晚于今天。',
  VISIT_GOODS_TWICE: '物资要么新开出库单，要么关联已有的出库单，二者选一。',
  VISIT_GOODS_EMPTY: '请至少选择一种物资并填写数量。',
  VISIT_GOODS_SHORT: '仓库中的“{{item}}”只有 {{available}}，少于要发放的 {{quantity}}。',
  VISIT_GOODS_LOCKED: '出库单 {{number}} 已审批或已出库，物资不能再改；如需更正请联系仓库。',
  VISIT_DOCUMENT_NOT_ISSUE: '单据 {{number}} 不是有效的出库单，不能关联。',
  VISIT_DOCUMENT_OTHER_HOUSEHOLD: '出库单 {{number}} 的领取人不是这一户的成员，不能关联。',
  VISIT_DOCUMENT_LINKED: '出库单 {{number}} 已关联到另一条走访记录。',
  PAIRING_IMPORT_COLUMNS_MISSING: '文件缺少必需的列（{{missing}}）：请检查表头（第一行，或标题下面的那一行）。',
  PAIRING_CADRE_NOT_IN_REGISTRY: '人员库中没有这个身份证号的人：请先把帮扶干部登记到人员库。',
  PAIRING_CADRE_IS_HEAD: '帮扶干部不能是被帮扶户的户主本人。',
  PAIRING_HOUSEHOLD_NOT_FOUND: '本单位没有以此身份证号为户主的户：请先导入或登记这一户。',
  PAIRING_DATE_REQUIRED: '请填写结对日期。',
  PAIRING_DATE_FUTURE: '结对日期不能晚于今天。',
};

const en: Translated<typeof zhCN> = {
  CADRE_NOT_FOUND: 'This cadre was not found; someone may have voided them. Please refresh.',
  CADRE_EXISTS: 'Person {{name}} is a cadre already.',
  CADRE_UNIT_REQUIRED: "Enter the cadre's work unit.",
  CADRE_LEVEL_REQUIRED: 'Choose the unit level (province, city, county, township or village).',
  CADRE_LEVEL_UNKNOWN: 'The unit level is not known: use 省直, 市直, 县直, 乡镇 or 村级.',
  CADRE_PHONE_FORMAT: 'The phone is not a phone number: use an 11-digit mobile or a landline with its area code.',
  CADRE_HAS_HOUSEHOLDS:
    'This cadre is paired with {{count}} households now and cannot be voided: end the pairings or pass them on first.',
  CADRE_HAS_VISITS:
    'This cadre has {{count}} visits on record and cannot be voided: if they were entered by mistake, void them first.',
  PAIRING_NOT_FOUND: 'This pairing was not found; someone may have voided it. Please refresh.',
  PAIRING_EXISTS: 'Cadre {{name}} has been paired with this household since {{fromDate}}.',
  PAIRING_DATE_BEFORE_CURRENT: "The change cannot be dated before the current cadre's pairing date {{fromDate}}.",
  PAIRING_ENDED: 'This pairing ended on {{toDate}}.',
  VISIT_NOT_FOUND: 'This visit was not found; someone may have voided it. Please refresh.',
  VISIT_DATE_FUTURE: 'The visit date cannot be after today.',
  VISIT_GOODS_TWICE: 'Goods come either on a new issue or on an existing one linked, not both.',
  VISIT_GOODS_EMPTY: 'Choose at least one item and its quantity.',
  VISIT_GOODS_SHORT: 'The warehouse holds only {{available}} of “{{item}}”, fewer than the {{quantity}} to give.',
  VISIT_GOODS_LOCKED:
    'Issue {{number}} is approved or posted: its goods cannot change here; ask the warehouse to correct it.',
  VISIT_DOCUMENT_NOT_ISSUE: 'Document {{number}} is not a live issue and cannot be linked.',
  VISIT_DOCUMENT_OTHER_HOUSEHOLD: 'Issue {{number}} went to someone outside this household and cannot be linked.',
  VISIT_DOCUMENT_LINKED: 'Issue {{number}} is linked to another visit already.',
  PAIRING_IMPORT_COLUMNS_MISSING:
    'The file lacks required columns ({{missing}}): check the header (the first row, or the row under the title).',
  PAIRING_CADRE_NOT_IN_REGISTRY: 'No one in the registry has this ID number: register the cadre there first.',
  PAIRING_CADRE_IS_HEAD: "The cadre cannot be the supported household's own head.",
  PAIRING_HOUSEHOLD_NOT_FOUND: 'No household of this office has this ID number as its head: import or enter it first.',
  PAIRING_DATE_REQUIRED: 'Enter the pairing date.',
  PAIRING_DATE_FUTURE: 'The pairing date cannot be after today.',
};

export const pairingErrors = { 'zh-CN': zhCN, en };
