// Dates and times shown to the user, in the current language and the machine's time zone.
import i18n from 'i18next';

function locale(): string {
  return i18n.language === 'en' ? 'en-GB' : 'zh-CN';
}

/** '2025-03-04 14:05' style date and time from an ISO string; '' for null/invalid. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(date);
}

/** A date only, from an ISO date or date-time string. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
