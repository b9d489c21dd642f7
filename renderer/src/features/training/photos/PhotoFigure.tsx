// The holder's photo in the certificate drawer: shown as it will print; a trainer adds, changes or removes it
// (a file chosen here is scaled down to 50 KB before it is sent).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { errorText } from '@renderer/i18n';
import { Button, ConfirmDialog, FilePickButton, useToast } from '@renderer/ui';
import { useLoad } from '../../stock/useLoad';
import { photoJpeg } from './photoJpeg';

interface Props {
  personId: string;
  name: string;
  canEdit: boolean;
}

export function PhotoFigure({ personId, name, canEdit }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [photo, reload] = useLoad(() => call('training.photos.get', { personId }), [personId]);
  const [removing, setRemoving] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (file: File) => {
    setBusy(true);
    try {
      const jpeg = await photoJpeg(file);
      if (!jpeg) return toast.show(t('photos.unreadable', { name: file.name }), 'error');
      await call('training.photos.set', { personId, jpeg });
      toast.show(t('photos.saved'), 'success');
      reload();
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <figure className="cert-detail-photo">
      {photo?.dataUrl ? (
        <img src={photo.dataUrl} alt={t('photos.photo')} />
      ) : (
        <div className="cert-detail-photo-none">{t('photos.none')}</div>
      )}
      {canEdit && (
        <figcaption>
          <FilePickButton
            label={photo?.dataUrl ? t('photos.choose') : t('photos.add')}
            name={t('photos.choose')}
            accept="image/*"
            variant="quiet"
            busy={busy}
            onFiles={([file]) => void save(file!)}
          />
          {photo?.dataUrl && (
            <Button variant="quiet" onClick={() => setRemoving(true)}>
              {t('photos.remove')}
            </Button>
          )}
        </figcaption>
      )}
      <ConfirmDialog
        open={removing}
        title={t('photos.remove')}
        message={t('photos.removeAsk', { name })}
        danger
        onConfirm={async () => {
          await call('training.photos.remove', { personId });
          setRemoving(false);
          toast.show(t('photos.removed'));
          reload();
        }}
        onCancel={() => setRemoving(false)}
      />
    </figure>
  );
}
