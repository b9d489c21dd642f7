// Resident ID numbers (GB 11643): what clerks type and what spreadsheets do to them.
import { describe, expect, it } from 'vitest';
import { idCheckChar, maskIdNumber, parseIdNumber } from '@rules/idNumber';
import { generatePeople } from '../../fixtures/people';

const TODAY = new Date('2026-06-01T12:00:00');
const parse = (raw: unknown) => parseIdNumber(raw, TODAY);

describe('parseIdNumber', () => {
  it.each([
    ['a valid number', '321302199001011234', '321302199001011234', 'M', '1990-01-01'],
    ['a valid number ending in X', '32131119700101001X', '32131119700101001X', 'M', '1970-01-01'],
    ['a lowercase x', '32131119700101001x', '32131119700101001X', 'M', '1970-01-01'],
    ['full-width digits and X', '３２１３１１１９７００１０１００１Ｘ', '32131119700101001X', 'M', '1970-01-01'],
    ['spaces of every kind', ' 321302 1985\u300006\u00a015 0024\t', '321302198506150024', 'F', '1985-06-15'],
    ['dashes', '321302-19850615-0024', '321302198506150024', 'F', '1985-06-15'],
    ["Excel's text apostrophe", "'321302198506150024", '321302198506150024', 'F', '1985-06-15'],
    ['an abolished area code (淮阴 320802)', '320802199001011230', '320802199001011230', 'M', '1990-01-01'],
    ['an abolished area code (321321)', '321321199001011233', '321321199001011233', 'M', '1990-01-01'],
    ['a leap day', '321302200002290015', '321302200002290015', 'M', '2000-02-29'],
  ])('accepts %s', (_label, raw, idNumber, gender, birthDate) => {
    expect(parse(raw)).toEqual({
      ok: true,
      idNumber,
      converted: false,
      gender,
      birthDate,
      areaCode: idNumber.slice(0, 6),
    });
  });

  it('converts a 15-digit legacy number, computing the check character', () => {
    expect(parse('320802900101123')).toEqual({
      ok: true,
      idNumber: '320802199001011230',
      converted: true,
      birthDate: '1990-01-01',
      gender: 'M',
      areaCode: '320802',
    });
    const female = parse('321302850615002');
    expect(female).toMatchObject({ ok: true, converted: true, gender: 'F', birthDate: '1985-06-15' });
    expect(female.ok && female.idNumber).toBe(`32130219850615002${idCheckChar('32130219850615002')}`);
  });

  it.each([
    ['an empty string', '', 'ID_REQUIRED'],
    ['only spaces', ' \u3000 ', 'ID_REQUIRED'],
    ['null', null, 'ID_REQUIRED'],
    ['a wrong check digit', '321302199001011235', 'ID_CHECKSUM'],
    ['X where a digit belongs', '32130219900101123X', 'ID_CHECKSUM'],
    ['17 digits', '32130219900101123', 'ID_LENGTH'],
    ['19 digits', '3213021990010112345', 'ID_LENGTH'],
    ['letters inside', '3213021990O1011234', 'ID_CHARACTERS'],
    ['X in the middle', '3213021990X1011234', 'ID_CHARACTERS'],
    ['a 15-digit number ending in X', '32080290010112X', 'ID_CHARACTERS'],
    ['an unknown province (99)', '991302199001011234', 'ID_AREA'],
    ['an impossible date (19900230)', '321302199002301234', 'ID_BIRTHDATE'],
    ['month 13', '321302199013011234', 'ID_BIRTHDATE'],
    ['a birth date in the future', '321302202701011234', 'ID_BIRTHDATE'],
    ['a birth date before 1890', '321302188912311234', 'ID_BIRTHDATE'],
    ['an impossible legacy date', '320802900230123', 'ID_BIRTHDATE'],
  ])('refuses %s', (_label, raw, code) => {
    expect(parse(raw)).toEqual({ ok: false, code });
  });

  it.each([
    // eslint-disable-next-line no-loss-of-precision -- the number a spreadsheet hands over, precision already lost
    ['a JS number', 321302199001011234],
    ['scientific notation', '3.21302E+17'],
    ['lowercase scientific notation', '3.21302e17'],
    ['full-width scientific notation', '３.２１３０２Ｅ＋１７'],
    ['a decimal point', '321302199001011234.0'],
    ['digits lost to 15-digit precision', '321302199001011000'],
  ])('says a number was mangled by a spreadsheet: %s', (_label, raw) => {
    expect(parse(raw)).toEqual({ ok: false, code: 'ID_SPREADSHEET_NUMBER' });
  });

  it('keeps a real number that ends in 000 when its check character fits', () => {
    expect(idCheckChar('32130219900101600')).toBe('0');
    expect(parse('321302199001016000')).toMatchObject({
      ok: true,
      idNumber: '321302199001016000',
      birthDate: '1990-01-01',
    });
  });

  it('accepts every generated test person', () => {
    for (const person of generatePeople(2000, 5)) {
      const parsed = parse(person.idNumber);
      expect(parsed).toMatchObject({ ok: true, gender: person.gender });
    }
  });
});

describe('maskIdNumber and idCheckChar', () => {
  it('masks all but the area code and the last four', () => {
    expect(maskIdNumber('32130219900101123X')).toBe('321302********123X');
  });

  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(idCheckChar('11010519491231002')).toBe('X'); // the example in GB 11643
    expect(idCheckChar('32130219900101123')).toBe('4');
  });
});
