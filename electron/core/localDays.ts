// Calendar days as the clerk means them: a local day turned into the UTC instants stored in time stamps.

/** The start of a local calendar day as a UTC instant, for a clock `offsetMinutes` ahead of UTC. */
export function localDayStart(day: string, offsetMinutes: number, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + plusDays) - offsetMinutes * 60_000).toISOString();
}
