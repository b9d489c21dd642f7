// The household import's columns, found from the header words of the common 扶贫 layouts (the national system's
// member export and the county's own sheets), under any title rows.
import { columnsOfHeader, headerWords } from '../../spreadsheet/header';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';
import type { HouseholdImportField } from './contract';

const HEADERS: Record<HouseholdImportField, string[]> = {
  headIdNumber: ['户主身份证号', '户主身份证号码', '户主证件号码', '户主公民身份号码', 'headidnumber'],
  householdNumber: ['户编号', '户号', '家庭编号', 'householdnumber'],
  name: ['姓名', '成员姓名', 'name'],
  idNumber: ['身份证号', '身份证号码', '证件号码', '公民身份号码', '成员身份证号', 'idnumber'],
  gender: ['性别', 'gender'],
  mobile: ['联系电话', '手机', '手机号', '手机号码', '电话', 'mobile'],
  relation: ['与户主关系', '与户主的关系', '家庭关系', 'relation'],
  township: ['乡镇', '乡(镇)', '乡镇(街道)', '乡镇街道', 'township'],
  village: ['村', '行政村', '村(社区)', '村社区', 'village'],
  villageGroup: ['组', '村民小组', '组别', '自然村(组)', 'group'],
  address: ['详细地址', '住址', '门牌号', 'address'],
  attribute: ['户属性', '贫困户属性', '户类型', 'attribute'],
  cause: ['致贫原因', '主要致贫原因', 'cause'],
  secondaryCause: ['次要致贫原因', '其他致贫原因', 'secondarycause'],
  povertyStatus: ['脱贫状态', '贫困户状态', '帮扶状态', '户状态', 'povertystatus'],
  monitoringCategory: ['监测对象类别', '监测类型', '监测对象类型', 'monitoringcategory'],
  labour: ['劳动力状况', '劳动技能', '劳动能力', 'labour'],
  health: ['健康状况', 'health'],
  disabilityCardNumber: ['残疾证号', '残疾证号码', '残疾人证号', 'disabilitycardnumber'],
  disabilityGrade: ['残疾等级', '残疾级别', 'disabilitygrade'],
  schoolStage: ['在校生状况', '在校情况', '在校生', '学段', 'schoolstage'],
};

const FIELD_OF = headerWords(HEADERS);

export type HouseholdColumns = Partial<Record<HouseholdImportField, number>>;

export function householdColumns(cells: readonly Cell[]): HouseholdColumns {
  return columnsOfHeader(cells, FIELD_OF, cellText);
}

/** The columns a file must have: who the member is and whose household. */
export const REQUIRED_COLUMNS: readonly HouseholdImportField[] = ['headIdNumber', 'name', 'idNumber'];

/** The header: the first row naming the head's ID number, a name and an ID number column. */
export function findHouseholdHeader(rows: readonly SheetRow[]): number | null {
  const at = rows.findIndex((row) => {
    const columns = householdColumns(row.cells);
    return REQUIRED_COLUMNS.every((field) => columns[field] !== undefined);
  });
  return at < 0 ? null : at;
}
