// The QR stays small enough to print at 35 mm and read from a phone: at most version 13 at error correction Q
// for the longest name the generated data holds, a 20-character name, and the default pattern's longest number.
import { describe, expect, it } from 'vitest';
import { certificateQrText, certificateQrVersion } from '@core/training/certificates';
import {
  DEFAULT_CERTIFICATE_PATTERN,
  formatCertificateNumber,
  parseNumberPattern,
} from '@rules/training/certificateNumber';
import { generatePeople } from '../../fixtures/people';
import { sampleFacts, signingOffice } from './certificate-support';

const office = signingOffice('321302', '宿城区红十字会');
const parsed = parseNumberPattern(DEFAULT_CERTIFICATE_PATTERN);
if (!parsed.ok) throw new Error(parsed.code);
/** Every number of the default pattern has the same length; the highest sequence stands for them all. */
const longestNumber = formatCertificateNumber(parsed.pattern, { office: '321302', year: 2099, seq: 999_999 });
/** The longest kind name of the defaults, as printed on the certificate. */
const LONGEST_KIND = '初级救护员';

function versionFor(name: string, number = longestNumber): number {
  return certificateQrVersion(certificateQrText(sampleFacts({ name, number, kind: LONGEST_KIND }), office.key));
}

describe('the size of the certificate QR', () => {
  it('fits version 13 at level Q for the longest generated name and a 20-character name', () => {
    const longestGenerated = generatePeople(20_000, 11)
      .map((p) => p.name)
      .reduce((a, b) => (b.length > a.length ? b : a));
    expect(longestGenerated.length).toBeGreaterThanOrEqual(4); // 欧阳 and 诸葛 with two given characters
    expect(longestNumber).toHaveLength(19);
    expect(versionFor(longestGenerated)).toBeLessThanOrEqual(13);
    expect(versionFor('阿卜杜热合曼·艾力买买提江')).toBeLessThanOrEqual(13); // a long Uyghur name with its dot
    expect(versionFor('王'.repeat(20))).toBeLessThanOrEqual(13);
  });

  it('grows past version 13 only beyond realistic sizes (a 40-character legacy number with a 20-character name)', () => {
    expect(versionFor('王'.repeat(20), 'L'.repeat(40))).toBe(14);
    expect(versionFor('王'.repeat(50))).toBeGreaterThan(13);
  });
});
