// The files the import tests read: a roster with people the registry holds and lacks and rows each wrong in one
// field, and an hours file with each of the codes the issue names (volunteer, date, start, end, hours).
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support';
import { idNumberBorn } from './volunteer-support';

export const csv = (lines: readonly (string | number)[][]) =>
  lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';

export function writeFile(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

/** Rows 3-4 are right (one person registered, one new); rows 5-7 are wrong. */
export function rosterCsv(registered: { name: string; idNumber: string }): string {
  return csv([
    ['志愿者花名册'],
    ['姓名', '身份证号', '手机', '注册日期', '服务队', '技能', '监护人', '监护人电话'],
    [registered.name, registered.idNumber, '', '2024-03-01', '应急救护队', '应急救护、驾驶', '', ''],
    ['赵新民', idNumberBorn('19900101', '555'), '13800001111', '2024/4/1', '应急救护队', '', '', ''],
    ['钱小宝', idNumberBorn('20150601', '556'), '', '2026-01-01', '', '', '', ''],
    ['孙错号', '321302199001011230', '', '', '', '', '', ''],
    ['李未来', idNumberBorn('19800101', '557'), '', '2100-01-01', '', '', '', ''],
  ]);
}

export const ROSTER_ERRORS = [
  { row: 5, field: 'guardianName', code: 'VOLUNTEER_GUARDIAN_REQUIRED' },
  { row: 6, field: 'idNumber', code: 'ID_CHECKSUM' },
  { row: 7, field: 'registrationDate', code: 'DATE_FUTURE' },
];

/** Rows 2, 3, 6 and 7 are right (34.5 hours); each other row is wrong in one field. */
export function hoursCsv(v1: { idNumber: string }, v2Number: string): string {
  return csv([
    ['姓名', '身份证号', '志愿者编号', '活动名称', '服务日期', '开始时间', '结束时间', '服务时长'],
    ['甲', v1.idNumber, '', '植树活动', '2025-03-12', '08:00', '11:30', ''],
    ['乙', '', v2Number, '植树活动', '2025-03-12', '', '', '4'],
    ['丙', '', '', '植树活动', '2025-03-12', '', '', '2'],
    ['丁', idNumberBorn('19700101', '777'), '', '植树活动', '2025-03-12', '', '', '2'],
    ['甲', v1.idNumber, '', '防汛夜间值守', '2025-03-12', '20:00', '次日06:00', ''],
    ['甲', v1.idNumber, '', '防汛值守', '2025-03-13', '06:00', '23:00', ''],
    ['甲', v1.idNumber, '', '防汛值守二', '2025-03-13', '', '', '1.5'],
    ['乙', '', v2Number, '义诊', '2025-02-30', '', '', '2'],
    ['乙', '', v2Number, '义诊', '2100-01-01', '', '', '2'],
    ['乙', '', v2Number, '义诊', '2025-03-14', '10:00', '09:00', ''],
    ['乙', '', v2Number, '义诊', '2025-03-14', '9点', '10:00', ''],
    ['乙', '', v2Number, '义诊', '2025-03-14', '', '', '1.2'],
  ]);
}

export const HOURS_ERRORS = [
  { row: 4, field: 'volunteer', code: 'VOLUNTEER_REQUIRED' },
  { row: 5, field: 'volunteer', code: 'VOLUNTEER_UNKNOWN' },
  { row: 8, field: 'hours', code: 'SERVICE_DAY_OVER_24' },
  { row: 9, field: 'date', code: 'DATE_IMPOSSIBLE' },
  { row: 10, field: 'date', code: 'SERVICE_DATE_FUTURE' },
  { row: 11, field: 'end', code: 'SERVICE_END_BEFORE_START' },
  { row: 12, field: 'start', code: 'SERVICE_TIME_FORMAT' },
  { row: 13, field: 'hours', code: 'SERVICE_HOURS_INVALID' },
];
