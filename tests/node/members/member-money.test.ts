// The amount a receipt writes in capitals (人民币大写), as offices write it on their own receipts.
import { describe, expect, it } from 'vitest';
import { yuanInWords } from '@renderer/features/members/money';

describe('the receipt amount in capitals', () => {
  it('reads yuan, jiao and fen with their zeros', () => {
    expect(yuanInWords(500)).toBe('伍元整');
    expect(yuanInWords(1_000)).toBe('壹拾元整');
    expect(yuanInWords(1_250)).toBe('壹拾贰元伍角整');
    expect(yuanInWords(1_205)).toBe('壹拾贰元零伍分');
    expect(yuanInWords(50)).toBe('伍角整');
    expect(yuanInWords(5)).toBe('伍分');
    expect(yuanInWords(0)).toBe('零元整');
    expect(yuanInWords(19_000)).toBe('壹佰玖拾元整');
    expect(yuanInWords(200_000)).toBe('贰仟元整');
    expect(yuanInWords(1_005_000)).toBe('壹万零伍拾元整');
    expect(yuanInWords(10_000_000)).toBe('壹拾万元整');
    expect(yuanInWords(12_030_400)).toBe('壹拾贰万零叁佰零肆元整');
  });
});
