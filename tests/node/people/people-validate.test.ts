// checkPerson: one person as typed or imported, checked without a database; and the pinyin search keys.
import { describe, expect, it } from 'vitest';
import { idReversed, nameSearchKeys, readNameByPinyinPro } from '@core/people/searchKeys';
import { checkPerson, genderFromText } from '@core/people/validate';
import { generatePeople } from '../../fixtures/people';

const TODAY = new Date('2026-06-01T12:00:00');
const base = { name: '张三', idNumber: '321302199001011234' };

describe('checkPerson', () => {
  it('normalises a valid person and derives birth date, gender and search keys', () => {
    const { person, issues } = checkPerson(
      {
        ...base,
        name: ' 张  三 ',
        mobile: '+86 138 1234 5678',
        township: ' 蔡集镇 ',
        village: '',
        notes: ' 低保户\n复核 ',
      },
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(person).toEqual({
      name: '张三',
      gender: 'M',
      idNumber: '321302199001011234',
      idConverted: false,
      birthDate: '1990-01-01',
      mobile: '13812345678',
      phone: null,
      township: '蔡集镇',
      village: null,
      workUnit: null,
      notes: '低保户\n复核',
      customFields: null,
      idReversed: '432110100991203123',
      pinyinFull: 'zhangsan',
      pinyinInitials: 'zs',
    } satisfies typeof person);
  });

  it('marks a converted 15-digit number', () => {
    expect(checkPerson({ ...base, idNumber: '320802900101123' }, TODAY).person).toMatchObject({
      idNumber: '320802199001011230',
      idConverted: true,
    });
  });

  it('collects every error, by field', () => {
    const { person, issues } = checkPerson(
      { name: '  ', idNumber: '321302199001011235', mobile: '0527-84123456', phone: '123', workUnit: '单'.repeat(201) },
      TODAY,
    );
    expect(person).toBeNull();
    expect(issues).toEqual([
      { field: 'name', code: 'NAME_REQUIRED', severity: 'error' },
      { field: 'idNumber', code: 'ID_CHECKSUM', severity: 'error' },
      { field: 'mobile', code: 'MOBILE_FORMAT', severity: 'error' },
      { field: 'phone', code: 'PHONE_FORMAT', severity: 'error' },
      { field: 'workUnit', code: 'TEXT_TOO_LONG', severity: 'error', details: { max: 200 } },
    ]);
  });

  it('refuses a name that is too long', () => {
    expect(checkPerson({ ...base, name: '张'.repeat(51) }, TODAY).issues).toEqual([
      { field: 'name', code: 'NAME_TOO_LONG', severity: 'error', details: { max: 50 } },
    ]);
  });

  it('warns when the given gender contradicts the ID, and keeps the given one', () => {
    const { person, issues } = checkPerson({ ...base, gender: 'F' }, TODAY);
    expect(issues).toEqual([
      { field: 'gender', code: 'GENDER_MISMATCH', severity: 'warning', details: { given: 'F', fromId: 'M' } },
    ]);
    expect(person?.gender).toBe('F');
  });

  it('reads gender words from spreadsheets', () => {
    expect(['男', 'F', ' female ', '', '未知'].map(genderFromText)).toEqual(['M', 'F', 'F', null, null]);
  });
});

describe('search keys', () => {
  it.each([
    ['张三', 'zhangsan', 'zs'],
    ['单田芳', 'shantianfang', 'stf'],
    ['曾国藩', 'zengguofan', 'zgf'],
    ['解缙', 'xiejin', 'xj'],
    ['吕布', 'lvbu', 'lb'],
    ['欧阳修', 'ouyangxiu', 'oyx'],
    ['阿不都·热合曼', 'abudureheman', 'abdrhm'],
    ['Anna李', 'annali', 'annal'],
    ['王2号', 'wang2hao', 'w2h'],
  ])('%s -> %s / %s', (name, pinyinFull, pinyinInitials) => {
    expect(nameSearchKeys(name)).toEqual({ pinyinFull, pinyinInitials });
  });

  it('reads every name as pinyin-pro does, the ones made of single-reading characters included', () => {
    const names = new Set(generatePeople(20_000, 4).map((p) => p.name));
    for (const name of ['李一', '王不凡', '张乐', '吕绿', '欧阳娜娜', '司马光', '诸葛亮', '上官婉儿', '㐀林'])
      names.add(name);
    const differing = [...names].filter(
      (name) => JSON.stringify(nameSearchKeys(name)) !== JSON.stringify(readNameByPinyinPro(name)),
    );
    expect(differing).toEqual([]);
    expect(names.size).toBeGreaterThan(5_000);
  });

  it('reverses the ID number so its tail is an index prefix', () => {
    expect(idReversed('32130219900101123X')).toBe('X32110100991203123');
  });

  it('reverses by character: one outside the basic plane stays whole, in short text and long', () => {
    expect(idReversed('12𠀀3')).toBe('3𠀀21');
    expect(idReversed('\udc00a\ud800')).toBe('\ud800a\udc00');
    const long = '𠀀12'.repeat(2000);
    expect(idReversed(long)).toBe('21𠀀'.repeat(2000));
  });
});
