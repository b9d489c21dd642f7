// Readable Chinese names for what the audit log records: the common methods and the tables. Shown in the audit viewer
// and written into its export; a method or table without a label is shown by its own name.
export const METHOD_LABELS: Readonly<Record<string, string>> = {
  'office.setup': '首次设置本单位',
  'office.rename': '修改单位名称',
  'office.init': '首次设置本单位（命令行）',
  'auth.login': '登录',
  'auth.changePassword': '修改本人密码',
  'users.create': '新增用户',
  'users.update': '修改用户',
  'users.resetPassword': '重设密码（命令行）',
  'people.create': '新增人员',
  'people.update': '修改人员',
  'people.void': '作废人员',
  'people.revealId': '查看完整身份证号',
  'people.importCommit': '导入人员',
  'people.import': '导入人员（命令行）',
  'people.export': '导出人员',
  'people.groupCountsExport': '导出分组计数',
  'stock.createDocument': '新建出入库单据',
  'stock.updateDocument': '修改出入库单据',
  'stock.approveDocument': '审批单据',
  'stock.postDocument': '过账单据',
  'stock.reverseDocument': '冲销单据',
  'stock.importOpening': '导入期初库存',
  'stock.closeMonth': '月结',
  'keys.create': '生成密钥',
  'keys.trustOffice': '信任对方单位密钥',
  'keys.rotate': '更换密钥',
  'outbox.export': '生成上报数据包',
  'outbox.importReceipt': '导入回执',
  'inbox.apply': '导入数据包',
  'inbox.acceptSnapshot': '接受完整数据',
  'inbox.writeReceipt': '生成回执',
  'db.restore': '从备份恢复',
};

export const TABLE_LABELS: Readonly<Record<string, string>> = {
  office: '本单位',
  users: '用户',
  people: '人员',
  office_keys: '本单位密钥',
  trusted_offices: '信任的单位',
  outbox_packages: '上报数据包',
  outbox_receipts: '回执',
  inbox_packages: '收到的数据包',
  receipts_sent: '发出的回执',
  stock_categories: '物资类别',
  stock_items: '物资',
  stock_warehouses: '仓库',
  stock_locations: '库位',
  stock_quotas: '储备定额',
  stock_donors: '捐赠方',
  stock_events: '灾害事件',
  stock_lots: '批次',
  stock_documents: '出入库单据',
  stock_document_lines: '单据明细',
  stock_movements: '库存流水',
  stock_month_locks: '月结',
  stock_campaigns: '发放活动',
  stock_campaign_items: '发放物资',
  stock_campaign_households: '发放户',
};

/** The method's label; the CLI's methods (cli.x.y) are labelled as x.y. */
export function methodLabel(method: string): string {
  return METHOD_LABELS[method] ?? METHOD_LABELS[method.replace(/^cli\./, '')] ?? method;
}

export function tableLabel(table: string | null): string {
  return table ? (TABLE_LABELS[table] ?? table) : '';
}

/** Field names and values in before/after, where a clerk would not read the stored word. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '名称',
  code: '代码',
  role: '类型',
  admin: '管理员',
  username: '用户名',
  displayName: '姓名',
  roles: '角色',
  active: '在用',
  lockedUntil: '锁定至',
  result: '结果',
  passwordChanged: '修改密码',
  passwordReset: '重设密码',
  unlocked: '解锁',
  export: '导出',
  rows: '行数',
  revealIds: '含完整身份证号',
  voided: '作废',
  voidReason: '作废原因',
  idNumber: '身份证号',
  mobile: '手机',
  phone: '固定电话',
  township: '乡镇(街道)',
  village: '村(社区)',
  workUnit: '工作单位',
  notes: '备注',
  gender: '性别',
  birthDate: '出生日期',
  query: '条件',
};
export const VALUE_LABELS: Readonly<Record<string, string>> = {
  'signed-in': '登录成功',
  'wrong-password': '密码错误',
  locked: '已锁定',
  'unknown-or-inactive': '用户名不存在或已停用',
  true: '是',
  false: '否',
};
