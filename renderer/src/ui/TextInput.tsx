// A labelled text input in one line: <TextInput label="用户名" value={v} onValue={setV} />.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { PASSWORD_MAX } from '@api/limits';
import { FormField } from './FormField';

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: ReactNode;
  value: string;
  onValue(value: string): void;
  hint?: ReactNode;
  error?: ReactNode;
}

/** A password field takes at most what the contract takes, unless told otherwise. */
export function TextInput({
  label,
  value,
  onValue,
  hint,
  error,
  required,
  className,
  maxLength,
  ...rest
}: TextInputProps) {
  return (
    <FormField label={label} hint={hint} error={error} required={required} className={className}>
      <input
        type="text"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        maxLength={maxLength ?? (rest.type === 'password' ? PASSWORD_MAX : undefined)}
        {...rest}
      />
    </FormField>
  );
}
