// The key test of issue #16: a county's year touching every domain, computed at the county and - after its package is
// applied - at the city from the received records, is the same report indicator for indicator; and each figure is the
// one its definition gives for that year.
import { describe, expect, it } from 'vitest';
import { importPackage } from '@core/exchange/inbox';
import type { AnnualReport, CountyReports } from '@core/report/contract';
import { CITY, cityWith, COUNTY, exportTo } from '../exchange/exchange-apply-support';
import { generateYear, value, YEAR } from './report-year';

describe('the annual report on both sides', () => {
  it('is the same at the county and at the city, indicator for indicator, for a year of every domain', async () => {
    const {
      city,
      counties: [county],
    } = cityWith(COUNTY);
    const expected = await generateYear(county!);
    const atCounty = await value<AnnualReport>(await county!.caller!(['viewer']), 'report.annual', { year: YEAR });
    expect(atCounty).toMatchObject({ year: YEAR, from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, population: 800 });
    expect(atCounty.indicators).toEqual(expected);

    const outcome = await importPackage(city.ctx(), await exportTo(county!, CITY));
    expect(outcome.status).toBe('applied');
    const cityViewer = await city.caller!(['viewer']);
    const atCity = await value<AnnualReport>(cityViewer, 'report.annual', { year: YEAR, officeCode: COUNTY });
    expect(atCity.office).toEqual(atCounty.office);
    expect(atCity.indicators).toEqual(atCounty.indicators);

    const side = await value<CountyReports>(cityViewer, 'report.counties', { year: YEAR });
    expect(side.counties.map((report) => report.office.code)).toEqual([COUNTY]);
    expect(side.total).toMatchObject({ scope: 'total', office: { code: CITY }, indicators: atCounty.indicators });
  });
});
