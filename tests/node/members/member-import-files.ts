// The member roster the import tests read: people the registry holds and lacks, a dues column per year in the two
// header spellings, and rows each wrong in one field (over the cap, bad ID, a unit, a card number used twice).
import { csv } from '../volunteers/volunteer-import-files';
import { idNumberBorn } from '../volunteers/volunteer-support';

/** Rows 3, 4 and 9 are right; rows 5-8 are wrong. */
export function memberRosterCsv(registered: { name: string; idNumber: string }): string {
  return csv([
    ['会员花名册'],
    ['姓名', '身份证号', '会员类别', '会员证号', '入会日期', '学校', '班级', '2024年会费', '2025会费'],
    [registered.name, registered.idNumber, '个人会员', 'hy001', '2020-05-01', '', '', '10', '10元'],
    ['赵新民', idNumberBorn('20150101', '555'), '青少年会员', '', '2023-09-01', '实验小学', '三(2)班', '5', ''],
    ['钱多多', idNumberBorn('19800101', '556'), '个人会员', 'HY002', '2021-01-01', '', '', '20', ''],
    ['孙错号', '321302199001011230', '个人会员', '', '2021-01-01', '', '', '', ''],
    ['周单位', idNumberBorn('19700101', '557'), '团体会员', '', '2021-01-01', '', '', '', ''],
    ['郑重号', idNumberBorn('19750101', '558'), '个人会员', 'HY001', '2021-01-01', '', '', '', '已缴'],
    ['吴无缴', idNumberBorn('19600101', '559'), '个人会员', '', '2019-01-01', '', '', '', ''],
  ]);
}

export const MEMBER_ROSTER_ERRORS = [
  { row: 5, field: 'dues:2024', code: 'DUES_OVER_CAP' },
  { row: 6, field: 'idNumber', code: 'ID_CHECKSUM' },
  { row: 7, field: 'kind', code: 'MEMBER_KIND_UNKNOWN' },
  { row: 8, field: 'cardNumber', code: 'MEMBER_CARD_NUMBER_TAKEN' },
];
