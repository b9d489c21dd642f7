// "仍然保存?" asked when the backend refused a save only for warnings (GENDER_MISMATCH): ask(name, issues)
// resolves true when the user chooses to save anyway. Render `prompt` once in the component.
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '@core/people/contract';
import { ConfirmDialog } from '../../ui';
import { issuesLine } from './issues';

interface Pending {
  name: string;
  issues: FieldIssue[];
}

export function useWarningPrompt(): { ask(name: string, issues: FieldIssue[]): Promise<boolean>; prompt: ReactNode } {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const resolver = useRef<((answer: boolean) => void) | null>(null);

  const ask = useCallback(
    (name: string, issues: FieldIssue[]) =>
      new Promise<boolean>((resolve) => {
        resolver.current?.(false);
        resolver.current = resolve;
        setPending({ name, issues });
      }),
    [],
  );

  const answer = (value: boolean) => {
    resolver.current?.(value);
    resolver.current = null;
    setPending(null);
  };

  const prompt = (
    <ConfirmDialog
      open={pending !== null}
      title={t('people.warningConfirm.title')}
      message={
        pending
          ? t('people.warningConfirm.message', { name: pending.name, warnings: issuesLine(t, pending.issues) })
          : ''
      }
      confirmLabel={t('people.form.saveAnyway')}
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    />
  );
  return { ask, prompt };
}
