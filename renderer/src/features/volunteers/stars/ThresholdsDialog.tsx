// 星级标准: the five approved-hours thresholds (one to five stars), checked as the rules check them before saving.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkStarThresholds } from '@rules/volunteers';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Dialog, FormField, useToast } from '../../../ui';

interface Props {
  open: boolean;
  current: number[];
  onClose(): void;
  onSaved(): void;
}

export function ThresholdsDialog({ open, current, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [values, setValues] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) {
      setValues(current.map(String));
      setError(null);
    }
  }, [open, current]);
  const save = async () => {
    const thresholds = values.map((v) => Number(v.trim()));
    if (!checkStarThresholds(thresholds)) return setError(t('errors.VOLUNTEER_STAR_THRESHOLDS_INVALID'));
    setBusy(true);
    try {
      await call('volunteers.settings.set', { starThresholds: thresholds });
      toast.show(t('volunteerStars.saved'), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      title={t('volunteerStars.settingsTitle')}
      onClose={onClose}
      onSubmit={save}
      busy={busy}
      error={error}
      width="small"
      dirty={values.join() !== current.join()}
    >
      {values.map((value, n) => (
        <FormField key={n} label={t('volunteerStars.thresholdLabel', { star: t(`volunteerStars.star.${n + 1}`) })}>
          <input
            type="text"
            inputMode="numeric"
            maxLength={6}
            value={value}
            onChange={(event) => setValues(values.map((v, i) => (i === n ? event.target.value : v)))}
          />
        </FormField>
      ))}
    </Dialog>
  );
}
