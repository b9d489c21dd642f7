// The date box inside AG Grid's date filters: the forms' DateInput, so a filter takes 2025.6.30, 2025/6/30,
// 20250630 or 2025年6月30日 like every other date field, and shows yyyy-mm-dd.
import type { CustomDateProps } from 'ag-grid-react';
import { isoDate } from '@api/dates';
import { DateInput } from '../DateInput';

const localIso = (date: Date) => isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());

function localDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year!, month! - 1, day!);
}

export function GridDateInput({ date, onDateChange }: CustomDateProps) {
  return (
    <DateInput
      className="grid-date-input"
      value={date ? localIso(date) : ''}
      onDate={(iso) => onDateChange(localDate(iso))}
      onValue={(value) => {
        if (value === '') onDateChange(null);
      }}
    />
  );
}
