// Mobile and landline numbers as typed or pasted from spreadsheets.
import { describe, expect, it } from 'vitest';
import { parseLandline, parseMobile } from '@rules/phone';

describe('parseMobile', () => {
  it.each([
    ['plain', '13812345678'],
    ['+86 with spaces', '+86 138 1234 5678'],
    ['0086 with dashes', '0086-138-1234-5678'],
    ['86 prefix', '8613812345678'],
    ['spaces and dashes', '138 1234-5678'],
    ['parentheses', '(138)1234-5678'],
    ['full-width digits', '１３８１２３４５６７８'],
    ['a number cell', 13812345678],
    ['199 segment', '19912345678'],
  ])('accepts %s', (_label, raw) => {
    expect(parseMobile(raw)).toEqual({ ok: true, value: raw === '19912345678' ? '19912345678' : '13812345678' });
  });

  it.each([
    ['a landline', '0527-84123456'],
    ['12 as the second digit', '12812345678'],
    ['10 digits', '1381234567'],
    ['12 digits', '138123456789'],
    ['letters', '138abc45678'],
    ['a foreign prefix', '+1 138 1234 5678'],
  ])('refuses %s as a mobile', (_label, raw) => {
    expect(parseMobile(raw)).toEqual({ ok: false, code: 'MOBILE_FORMAT' });
  });

  it('treats blank as no number', () => {
    expect(parseMobile('  ')).toEqual({ ok: true, value: null });
    expect(parseMobile(null)).toEqual({ ok: true, value: null });
  });
});

describe('parseLandline', () => {
  it.each([
    ['with a dash', '0527-84123456', '0527-84123456'],
    ['area code in parentheses', '(0527)84123456', '0527-84123456'],
    ['full-width parentheses', '（0527）84123456', '0527-84123456'],
    ['spaces', '0527 8412 3456', '0527-84123456'],
    ['no separator', '052784123456', '0527-84123456'],
    ['a 3-digit area code', '010-62345678', '010-62345678'],
    ['a 3-digit area code without separator', '02062345678', '020-62345678'],
    ['7 local digits', '0527-8412345', '0527-8412345'],
    ['an extension after a dash', '0527-84123456-123', '0527-84123456-123'],
    ['an extension with 转', '0527-84123456转123', '0527-84123456-123'],
    ['+86 and no trunk zero', '+86 527 84123456', '0527-84123456'],
    ['a mobile (联系电话 columns hold both)', '138-1234-5678', '13812345678'],
  ])('accepts %s', (_label, raw, value) => {
    expect(parseLandline(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['no area code', '84123456'],
    ['a local number starting with 1', '0527-1234567'],
    ['too short', '0527-123456'],
    ['too long', '0527-841234567'],
    ['letters', '0527-8412abcd'],
  ])('refuses %s', (_label, raw) => {
    expect(parseLandline(raw)).toEqual({ ok: false, code: 'PHONE_FORMAT' });
  });
});
