// Dates and times shown to the user, in the machine's time zone, written the way offices write them
// in both languages: 2025-03-04 14:05 (unambiguous, sorts as text, what Excel shows).
const pad = (n: number) => String(n).padStart(2, '0');

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A date only, from an ISO date or date-time string; '' for null or invalid. */
export function formatDate(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : '';
}

/** Date and time to the minute, from an ISO date-time string; '' for null or invalid. */
export function formatDateTime(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? `${formatDate(iso)} ${pad(date.getHours())}:${pad(date.getMinutes())}` : '';
}
