// In the city, the people grid and the stock pages name each row's office and filter by office: the names of the
// offices whose people (or stock) are held here (own first, then the counties), read once per visit to the page.
import { useEffect, useState } from 'react';
import { call } from '../../api/client';

const NONE_YET: Record<string, string> = {};

/** Office names by code when `wanted` (the city); null otherwise, and no office column or filter is shown. */
export function useOfficeNames(
  wanted: boolean,
  method: 'people.offices' | 'stock.offices' = 'people.offices',
): Record<string, string> | null {
  const [names, setNames] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    call(method, {})
      .then((offices) => {
        if (current) setNames(Object.fromEntries(offices.map((o) => [o.code, o.name ?? o.code])));
      })
      .catch(() => {
        if (current) setNames(NONE_YET);
      });
    return () => {
      current = false;
    };
  }, [wanted, method]);
  return wanted ? (names ?? NONE_YET) : null;
}
