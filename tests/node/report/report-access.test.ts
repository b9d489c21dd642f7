// Who reads the annual report and whose: every role that reads a roster reads its county's; a county reads only its
// own; the city reads each county it holds and their total - counts summed, the certified share counted again from
// the summed holders and populations, never by adding shares.
import { describe, expect, it } from 'vitest';
import { importPackage } from '@core/exchange/inbox';
import { INDICATOR_NAMES, type AnnualReport, type CountyReports } from '@core/report/contract';
import { indicatorDefinitions } from '@core/report/indicators/contract';
import { setTarget } from '@core/training/kinds/settings';
import { addCertificate, kindIds } from '../../fixtures/trainingRecords';
import {
  addGenerated,
  CITY,
  cityWith,
  COUNTY,
  exportTo,
  type Office,
  OTHER_COUNTY,
} from '../exchange/exchange-apply-support';
import { value, YEAR } from './report-year';

const THIRD_COUNTY = '321322';

type Outcome = { ok: true; value: AnnualReport } | { ok: false; error: { code: string } };

/** `holders` people with a certificate valid at the year's end, and the year's population when given. */
function trainedCounty(county: Office, holders: number, population: number | null) {
  const ctx = county.ctx(['trainer'], 'report.test');
  const kind = kindIds(ctx, county.code);
  addGenerated(county, holders, holders).forEach((personId, n) =>
    addCertificate(
      ctx,
      {
        number: `${county.code}-${n}`,
        personId,
        kindId: kind.rescuer!,
        issueDate: `${YEAR}-04-01`,
        expiryDate: `${YEAR + 3}-03-31`,
      },
      county.code,
    ),
  );
  if (population !== null) setTarget(ctx, YEAR, { certifiedTarget: null, popularTarget: null, population });
}

describe('who reads the annual report', () => {
  it('every role that reads a roster reads its own county; another office, the counties or a reversed range are refused', async () => {
    const {
      counties: [county],
    } = cityWith(COUNTY);
    for (const role of ['clerk', 'approver', 'viewer', 'trainer', 'warehouse', 'donorAdmin', 'admin'] as const) {
      const report = await value<AnnualReport>(await county!.caller!([role]), 'report.annual', { year: YEAR });
      expect(report).toMatchObject({ office: { code: COUNTY }, scope: 'office', population: null });
      expect(report.indicators.certifiedShareOfPopulation).toBeNull();
      expect(report.indicators.peopleRegistered).toBe(0);
    }
    const viewer = await county!.caller!(['viewer']);
    const refused = async (method: string, input: object) =>
      ((await viewer(method, input)) as Outcome & { ok: false }).error.code;
    expect(await refused('report.annual', { year: YEAR, officeCode: OTHER_COUNTY })).toBe('REPORT_COUNTY_OWN_ONLY');
    expect(await refused('report.counties', { year: YEAR })).toBe('REPORT_CITY_ONLY');
    expect(await refused('report.annual', { from: `${YEAR}-05-01`, to: `${YEAR}-04-30` })).toBe('REPORT_RANGE_INVALID');
  });

  it('at the city: each county as it reported, and a total that adds counts and counts the share again', async () => {
    const { city, counties } = cityWith(COUNTY, OTHER_COUNTY, THIRD_COUNTY);
    const [a, b, c] = counties as [Office, Office, Office];
    trainedCounty(a, 2, 800); // 0.25 %
    trainedCounty(b, 3, 200); // 1.5 %
    trainedCounty(c, 1, null); // no population: no share, and none in the total's
    for (const county of [a, b, c])
      expect((await importPackage(city.ctx(), await exportTo(county, CITY))).status).toBe('applied');

    const viewer = await city.caller!(['viewer']);
    const side = await value<CountyReports>(viewer, 'report.counties', { year: YEAR });
    expect(side.counties.map((r) => [r.office.code, r.indicators.certifiedShareOfPopulation, r.population])).toEqual([
      [COUNTY, 0.25, 800],
      [OTHER_COUNTY, 1.5, 200],
      [THIRD_COUNTY, null, null],
    ]);
    expect(side.total).toMatchObject({ scope: 'total', office: { code: CITY }, population: 1000 });
    expect(side.total.indicators).toMatchObject({
      certificatesIssued: 6,
      personsWithValidCertificateAtYearEnd: 6,
      certifiedShareOfPopulation: 0.5,
      coursesBySector: { community: 0, none: 0 },
    });
    expect(await value(viewer, 'report.annual', { year: YEAR })).toEqual(side.total);
    expect(await value(viewer, 'report.annual', { year: YEAR, officeCode: OTHER_COUNTY })).toEqual(side.counties[1]);
    const unknown = (await viewer('report.annual', { year: YEAR, officeCode: '321399' })) as Outcome & { ok: false };
    expect(unknown.error.code).toBe('REPORT_OFFICE_NOT_HELD');
  });

  it('defines every indicator of the issue: label, how it is counted and unit in both languages', () => {
    const definitions = indicatorDefinitions();
    expect(definitions.map((d) => d.name)).toEqual([...INDICATOR_NAMES]);
    for (const d of definitions)
      for (const text of [d.label, d.counted, d.unitLabel]) expect(text['zh-CN'] && text.en).toBeTruthy();
    const range = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
    expect(definitions.find((d) => d.name === 'volunteers')!.drill(range)).toEqual({
      page: 'volunteers',
      filter: { status: 'active', registeredTo: range.to },
    });
    expect(definitions.find((d) => d.name === 'visits')!.drill(range)).toBeNull();
  });
});
