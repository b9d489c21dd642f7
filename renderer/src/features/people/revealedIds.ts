// ID numbers this user revealed in this session (显示), kept in memory so a refreshed grid - a save, an import,
// a new filter - shows them again without another reveal. Why not reveal again: each reveal is an audited call,
// and a refresh is not the clerk asking again; the audit log says who saw whose number, once. Forgotten on sign-out,
// on idle sign-out and when another user signs in; never stored.
import type { PersonRow } from '@core/people/contract';
import { onApiError } from '../../api/client';

let owner: string | null = null;
const revealed = new Map<string, string>();

export function forgetRevealedIds(): void {
  revealed.clear();
  owner = null;
}

onApiError((error) => {
  if (error.code === 'NOT_SIGNED_IN' || error.code === 'SESSION_EXPIRED') forgetRevealedIds();
});

export function rememberRevealedId(userId: string, personId: string, idNumber: string): void {
  if (owner !== userId) forgetRevealedIds();
  owner = userId;
  revealed.set(personId, idNumber);
}

/** The rows with the numbers this user revealed shown in full again (for anyone else: as they came). */
export function withRevealedIds(userId: string, rows: PersonRow[]): PersonRow[] {
  if (owner !== userId || revealed.size === 0) return rows;
  return rows.map((row) => {
    const idNumber = revealed.get(row.id);
    return idNumber ? { ...row, idNumber, idMasked: false } : row;
  });
}
