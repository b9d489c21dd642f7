// 设置 > 三献登记上报 (a county's administrators): whether the donor register goes into the packages to the city.
// Off until turned on; each change is journalled and audited. The keepers of the register read it. Shown in a county
// to who may read it (SettingsPage).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DonorSettings } from '@core/donors/contract';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { errorText, formatDateTime } from '../../../i18n';
import { useToast } from '../../../ui';
import { useLoad } from '../../stock/useLoad';

export function DonorTravelSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const session = useSession();
  const [loaded] = useLoad(() => call('donors.settings.get', {}), []);
  // The box shows the choice at once; the saved setting replaces it, a refusal puts the stored one back.
  const [changed, setChanged] = useState<DonorSettings | null>(null);
  const settings = changed ?? loaded;
  if (!settings) return null;
  const isAdmin = session.roles.includes('admin');
  const change = async (travelsToCity: boolean) => {
    const before = changed;
    setChanged({ ...settings, travelsToCity });
    try {
      setChanged(await call('donors.settings.setTravel', { travelsToCity }));
      toast.show(t('donors.travel.saved'), 'success');
    } catch (caught) {
      setChanged(before);
      toast.show(errorText(t, caught), 'error');
    }
  };
  return (
    <section className="panel">
      <h2>{t('donors.travel.title')}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.travelsToCity}
          disabled={!isAdmin}
          onChange={(event) => void change(event.target.checked)}
        />
        {t('donors.travel.on')}
      </label>
      <p className="muted">{t(settings.travelsToCity ? 'donors.travel.onNote' : 'donors.travel.offNote')}</p>
      {settings.updatedAt && (
        <p className="muted">
          {t('donors.travel.changed', { by: settings.updatedBy, at: formatDateTime(settings.updatedAt) })}
        </p>
      )}
    </section>
  );
}
