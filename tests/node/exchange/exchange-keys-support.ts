// Two offices with keys (a county and its city), and a helper that expects an AppError code.
import { expect } from 'vitest';
import type { CoreContext } from '@core/context';
import { AppError } from '@core/errors';
import { buildCard, cardText } from '@core/exchange/keys';
import { officeBackend } from '../support';

export const COUNTY = { code: '321302', name: '宿城区红十字会' };
export const CITY = { code: '321300', name: '宿迁市红十字会' };

export function countyAndCity() {
  const county = officeBackend('county', COUNTY.code, { keys: true, name: COUNTY.name });
  const city = officeBackend('city', CITY.code, { keys: true, name: CITY.name });
  return { county, city, countyAdmin: county.as(['admin'], 'keys.test'), cityAdmin: city.as(['admin'], 'keys.test') };
}

export function cardOf(ctx: CoreContext): string {
  return cardText(buildCard(ctx));
}

export function expectCode(run: () => unknown, code: string): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}
