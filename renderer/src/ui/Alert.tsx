// A message inside a page or dialog: an error that stopped an action, a warning, or information.
import type { ReactNode } from 'react';

export function Alert({
  kind = 'error',
  children,
}: {
  kind?: 'error' | 'warning' | 'info' | 'success';
  children: ReactNode;
}) {
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
