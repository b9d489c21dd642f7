// A button that opens the file chooser (a hidden <input type=file>, so it looks and takes the keyboard like every
// other button); the chosen files are handed over and the input is emptied, so the same file can be chosen again.
import { useRef, type ReactNode } from 'react';
import { Button, type ButtonProps } from './Button';

interface Props {
  label: ReactNode;
  /** The input's accessible name (a test or a screen reader finds the chooser by it). */
  name: string;
  accept?: string;
  multiple?: boolean;
  /** Choose a whole folder (Chromium's webkitdirectory). */
  folder?: boolean;
  busy?: boolean;
  disabled?: boolean;
  variant?: ButtonProps['variant'];
  onFiles(files: File[]): void;
}

export function FilePickButton({ label, name, accept, multiple, folder, busy, disabled, variant, onFiles }: Props) {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <Button variant={variant} busy={busy} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        aria-label={name}
        {...(folder ? { webkitdirectory: '' } : {})}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
