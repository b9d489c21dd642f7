// What the clerk is told about a preview or an import: done, already imported, held for missing packages,
// refused as a fork (with the accept action for administrators), or rejected - each in words to act on.
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '@core/exchange/inbox/contract';
import { recordNamed } from '@renderer/i18n/errorText';
import { Alert } from '@renderer/ui';
import { totalConflicts } from '../inbox/format';

export function OutcomeNote({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  const reason = outcome.code ? t(`errors.${outcome.code}`) + recordNamed(outcome.details) : '';
  switch (outcome.status) {
    case 'applied': {
      const conflicts = totalConflicts(outcome.summary);
      const released = outcome.released.filter((r) => r.status === 'applied').map((r) => r.seq);
      return (
        <Alert kind="success">
          {t('importWizard.done', { seq: outcome.seq })}
          {released.length > 0 && <> {t('importWizard.released', { seqs: released.join('、') })}</>}
          {conflicts > 0 && <> {t('importWizard.conflictsHint', { count: conflicts })}</>}
        </Alert>
      );
    }
    case 'preview': {
      const conflicts = totalConflicts(outcome.summary);
      return conflicts > 0 ? (
        <Alert kind="warning">{t('importWizard.conflictsHint', { count: conflicts })}</Alert>
      ) : null;
    }
    case 'already':
      return <Alert kind="info">{t('importWizard.already')}</Alert>;
    case 'held':
      return <Alert kind="warning">{t('importWizard.held', { missing: outcome.missing.join('、') })}</Alert>;
    case 'forked':
      return (
        <Alert kind="error">
          {t('importWizard.forked')}
          {reason}
          {outcome.kind === 'snapshot' && <> {t('importWizard.forkedSnapshot')}</>}
        </Alert>
      );
    case 'rejected':
      return (
        <Alert kind="error">
          {t('importWizard.rejected')}
          {reason}
        </Alert>
      );
  }
}
