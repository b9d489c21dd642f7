// The household file the import tests read (the common 扶贫 layout, one row per member with the head's ID on every
// row): two new households, a member joining a household the office has, and rows each wrong in one field.
import { csv } from '../volunteers/volunteer-import-files';
import { idNumberBorn } from '../volunteers/volunteer-support';

interface Known {
  name: string;
  idNumber: string;
}

export const HOUSEHOLD_HEADER = [
  '户主身份证号',
  '姓名',
  '身份证号',
  '与户主关系',
  '乡镇',
  '村',
  '组',
  '户属性',
  '致贫原因',
  '脱贫状态',
  '劳动力状况',
  '健康状况',
  '残疾证号',
  '残疾等级',
  '在校生状况',
];

const HEAD = idNumberBorn('19700305', '611');
const WIFE = idNumberBorn('19720811', '622');
const SON = idNumberBorn('20140101', '631');
const HEAD_3 = idNumberBorn('19660101', '651');

/**
 * Rows 3-6 and 13 are right: 张大山's household of three (a disabled wife, a son at primary school), the household of
 * `registered` (in the registry, in no household) as a monitored one, and a daughter joining `existingHead`'s
 * household. Rows 7-12 and 14 are wrong, each in one field.
 */
export function householdCsv(registered: Known, existingHead: Known, alreadyMember: Known): string {
  return csv([
    ['建档立卡贫困户家庭成员信息表'],
    HOUSEHOLD_HEADER,
    [
      HEAD,
      '张大山',
      HEAD,
      '户主',
      '蔡集镇',
      '张圩村',
      '三组',
      '低保户',
      '因病',
      '帮扶中',
      '普通劳动力',
      '健康',
      '',
      '',
      '',
    ],
    [HEAD, '李秀英', WIFE, '配偶', '', '', '', '', '', '', '弱劳动力或半劳动力', '残疾', `${WIFE}22`, '二级', ''],
    [HEAD, '张小明', SON, '之子', '', '', '', '', '', '', '无劳动力', '健康', '', '', '小学'],
    [
      registered.idNumber,
      registered.name,
      registered.idNumber,
      '本人',
      '耿车镇',
      '大兴村',
      '',
      '一般户',
      '缺资金',
      '脱贫不稳定户',
      '',
      '',
      '',
      '',
      '',
    ],
    [
      idNumberBorn('19500101', '641'),
      '王孤老',
      idNumberBorn('19800101', '642'),
      '之子',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ],
    [HEAD, '张表哥', idNumberBorn('19750101', '643'), '表哥', '', '', '', '', '', '', '', '', '', '', ''],
    [HEAD, '孙错号', '321302199001011230', '之女', '', '', '', '', '', '', '', '', '', '', ''],
    [HEAD, alreadyMember.name, alreadyMember.idNumber, '之女', '', '', '', '', '', '', '', '', '', '', ''],
    [HEAD_3, '赵三', HEAD_3, '本人', '', '', '', '', '因懒', '', '', '', '', '', ''],
    [HEAD_3, '赵四', idNumberBorn('19900101', '652'), '之子', '', '', '', '', '', '', '', '', '', '', ''],
    [
      existingHead.idNumber,
      '钱小妹',
      idNumberBorn('20100601', '662'),
      '之女',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '学前教育',
    ],
    [HEAD, '张小明', SON, '之子', '', '', '', '', '', '', '', '', '', '', ''],
  ]);
}

export const HOUSEHOLD_ERRORS = [
  { row: 7, field: 'headIdNumber', code: 'HOUSEHOLD_HEAD_MISSING' },
  { row: 8, field: 'relation', code: 'HOUSEHOLD_RELATION_UNKNOWN' },
  { row: 9, field: 'idNumber', code: 'ID_CHECKSUM' },
  { row: 10, field: 'idNumber', code: 'HOUSEHOLD_MEMBER_ELSEWHERE' },
  { row: 11, field: 'cause', code: 'POVERTY_CAUSE_UNKNOWN' },
  { row: 12, field: 'headIdNumber', code: 'HOUSEHOLD_HEAD_ROW_INVALID' },
  { row: 14, field: 'idNumber', code: 'ID_DUPLICATE_IN_FILE' },
];

/** What the CLI prints for the file (imported: 0 on a dry run). */
export const householdImportJson = (imported: number) => ({
  rows: 12,
  valid: 5,
  invalid: 7,
  errors: HOUSEHOLD_ERRORS,
  households: 3,
  members: 5,
  imported,
});

export const IMPORTED = { HEAD, WIFE, SON };
