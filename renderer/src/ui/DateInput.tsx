// A date field that takes a date as clerks write it - 2025-06-30, 2025.6.30, 2025/6/30, 20250630, 2025年6月30日 -
// and shows it as yyyy-mm-dd whatever the system's locale (the browser's date input shows mm/dd/yyyy on an
// English system). The reader is the importers' own (rules/dates.ts). The parent always holds what the
// text means now: the ISO date, '' when blank, or the text as typed when it is not a date (forms refuse that
// with isIsoDate before sending; the message is shown here once the clerk leaves the field or presses Enter).
import { useEffect, useId, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, readDateText, type DateReading } from '@api/dates';

/** Long enough for "2025 年 06 月 30 日", short enough to stop a pasted sentence. */
const DATE_INPUT_MAX = 20;

export interface DateInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  value: string;
  /** A form's field: every change, as the ISO date, '' or the text as typed. */
  onValue?(value: string): void;
  /** A report's period: a real date once the clerk leaves the field, presses Enter or steps a day, never a half-typed one. */
  onDate?(iso: string): void;
}

function reading(text: string): DateReading | null {
  return text.trim() === '' ? null : readDateText(text);
}

/** What the parent holds for a text: the ISO date, '' or the text itself. */
function meaning(text: string): string {
  const read = reading(text);
  return read === null ? '' : read.ok ? read.date : text;
}

export function DateInput({
  value,
  onValue,
  onDate,
  className,
  onBlur,
  onKeyDown,
  'aria-describedby': describedBy,
  ...rest
}: DateInputProps) {
  const { t } = useTranslation();
  const messageId = useId();
  const [text, setText] = useState(value);
  const [settled, setSettled] = useState(false);
  // A value set from outside (a form reset, another document) replaces the text unless it means the same.
  useEffect(() => {
    setText((current) => (meaning(current) === value ? current : value));
  }, [value]);

  const read = reading(text);
  const problem = settled && read !== null && !read.ok ? read.code : null;
  const change = (next: string) => {
    setText(next);
    setSettled(false);
    onValue?.(meaning(next));
  };
  const settle = () => {
    setSettled(true);
    if (!read?.ok) return;
    if (read.date !== text) setText(read.date);
    onDate?.(read.date);
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') settle();
    if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && read?.ok && !rest.readOnly) {
      event.preventDefault();
      const next = addDays(read.date, event.key === 'ArrowUp' ? 1 : -1);
      change(next);
      onDate?.(next);
    }
    onKeyDown?.(event);
  };

  return (
    <span className={['date-input', className ?? ''].filter(Boolean).join(' ')}>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={DATE_INPUT_MAX}
        placeholder={t('date.placeholder')}
        {...rest}
        value={text}
        aria-invalid={problem ? true : rest['aria-invalid']}
        aria-describedby={[describedBy, problem ? messageId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => change(event.target.value)}
        onBlur={(event) => {
          settle();
          onBlur?.(event);
        }}
        onKeyDown={keyDown}
      />
      {problem && (
        <span id={messageId} className="field-error date-input-message" role="alert">
          {t(`date.${problem}`, { text: text.trim() })}
        </span>
      )}
    </span>
  );
}
