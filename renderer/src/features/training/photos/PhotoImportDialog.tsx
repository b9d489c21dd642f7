// 导入照片: many photo files, or a whole folder, named by the holders' ID numbers; each is scaled down here and
// sent in batches; the files that named nobody (or were no picture) are listed with the reason.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotosImported } from '@core/training/photos/contract';
import { call } from '@renderer/api/client';
import { errorText } from '@renderer/i18n';
import { Button, Dialog, FilePickButton } from '@renderer/ui';
import { photoJpeg } from './photoJpeg';

const BATCH = 20;

interface Outcome {
  saved: number;
  unmatched: PhotosImported['unmatched'];
}

export function PhotoImportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reason = (code: string) =>
    code === 'PERSON_NOT_FOUND' ? t('training.trainees.notFound') : t(`errors.${code}`);

  const importFiles = async (files: File[]) => {
    const pictures = files.filter((file) => !file.name.startsWith('.'));
    const result: Outcome = { saved: 0, unmatched: [] };
    setError(null);
    setOutcome(null);
    setProgress({ done: 0, total: pictures.length });
    try {
      for (let at = 0; at < pictures.length; at += BATCH) {
        const photos = [];
        for (const file of pictures.slice(at, at + BATCH)) {
          const jpeg = await photoJpeg(file);
          if (jpeg) photos.push({ name: file.name, jpeg });
          else result.unmatched.push({ name: file.name, code: 'PHOTO_UNREADABLE' });
        }
        if (photos.length) {
          const batch = await call('training.photos.import', { photos });
          result.saved += batch.saved;
          result.unmatched.push(...batch.unmatched);
        }
        setProgress({ done: Math.min(at + BATCH, pictures.length), total: pictures.length });
      }
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setOutcome(result);
      setProgress(null);
    }
  };

  const picker = (label: string, folder: boolean) => (
    <FilePickButton
      label={label}
      name={label}
      accept="image/*"
      multiple
      folder={folder}
      disabled={progress !== null}
      onFiles={(files) => void importFiles(files)}
    />
  );

  return (
    <Dialog
      open
      title={t('photos.importTitle')}
      onClose={onClose}
      error={error}
      busy={progress !== null}
      footer={(close) => <Button onClick={close}>{t('common.close')}</Button>}
    >
      <p>{t('photos.importHint')}</p>
      <div className="toolbar">
        {picker(t('photos.chooseFiles'), false)}
        {picker(t('photos.chooseFolder'), true)}
      </div>
      {progress && <p aria-live="polite">{t('photos.progress', progress)}</p>}
      {outcome && (
        <div aria-live="polite">
          <p>{t('photos.result', { saved: outcome.saved })}</p>
          {outcome.unmatched.length > 0 && (
            <>
              <p>{t('photos.unmatchedTitle', { count: outcome.unmatched.length })}</p>
              <ul className="photo-unmatched">
                {outcome.unmatched.map((miss, n) => (
                  <li key={n}>
                    {miss.code === 'PHOTO_UNREADABLE'
                      ? t('photos.unreadable', { name: miss.name })
                      : t('photos.unmatchedRow', { name: miss.name, reason: reason(miss.code) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </Dialog>
  );
}
