// 导入报名表: the clerk picks a sign-up sheet; its people are matched or added to the registry and enrolled, and
// what happened is said in one dialog: how many were enrolled, already on the course, new to the registry, and
// each row left out with its row number, field and reason.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDetail, SignUpsImported } from '@core/training/courses/contract';
import { issueText } from '@renderer/features/people/issues';
import { errorText } from '@renderer/i18n';
import { Button, Dialog, FilePickButton } from '@renderer/ui';
import { fileToBase64 } from '@renderer/ui/files';
import { trainingCall } from '../api';

interface Props {
  courseId: string;
  onChange(detail: CourseDetail): void;
}

export function SignUpImport({ courseId, onChange }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SignUpsImported | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const contentBase64 = await fileToBase64(file);
      setResult(await trainingCall('training.courses.importSignUps', { courseId, fileName: file.name, contentBase64 }));
      onChange(await trainingCall('training.courses.get', { id: courseId }));
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <FilePickButton
        label={t('training.signUps.import')}
        name={t('training.signUps.import')}
        accept=".xlsx,.xls,.csv"
        busy={busy}
        onFiles={([file]) => void run(file!)}
      />
      <Dialog
        open={result !== null || error !== null}
        title={t('training.signUps.import')}
        onClose={() => {
          setResult(null);
          setError(null);
        }}
        error={error}
        footer={(close) => <Button onClick={close}>{t('common.close')}</Button>}
      >
        {result && (
          <div aria-live="polite">
            <p>
              {t('training.signUps.done', {
                added: result.added,
                peopleAdded: result.peopleAdded,
                alreadyEnrolled: result.alreadyEnrolled,
              })}
            </p>
            {result.overCapacity && <p className="notice-warning">{t('training.signUps.overCapacity')}</p>}
            {result.errors.length > 0 && (
              <>
                <p>{t('training.signUps.leftOut', { count: result.invalid })}</p>
                <ul className="photo-unmatched">
                  {result.errors.map((e, n) => (
                    <li key={n}>
                      {t('training.signUps.rowError', {
                        row: e.row,
                        field: t(`people.field.${e.field}`),
                        reason: issueText(t, { code: e.code }),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </Dialog>
    </>
  );
}
