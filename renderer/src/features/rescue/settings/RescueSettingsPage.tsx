// 救援队设置 (#/rescue-settings): the office's team types and roles, each an editable list - add a name, rename one
// (the teams or members carrying it are renamed too), move one up, remove one - saved as a whole. Everyone who
// reads the teams sees the lists; clerks change them.
import { useTranslation } from 'react-i18next';
import { RESCUE_CLERKS } from '@core/rescue/contract';
import { RESCUE_LIST_KINDS } from '@rules/rescue';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import '../../volunteers/volunteers.css';
import '../rescue.css';
import { ListEditor } from './ListEditor';

export function RescueSettingsPage() {
  const { t } = useTranslation();
  const canEdit = useSession().allows(RESCUE_CLERKS);
  const [settings, reload] = useLoad(() => call('rescue.settings.get', {}), []);
  return (
    <div className="page">
      <PageHeader title={t('rescueSettings.title')} />
      {!canEdit && <p className="muted">{t('rescueSettings.readOnly')}</p>}
      <p className="muted">{t('rescueSettings.renameHint')}</p>
      {settings && (
        <div className="rescue-settings">
          {RESCUE_LIST_KINDS.map((kind) => (
            <ListEditor key={kind} kind={kind} names={settings[kind]} canEdit={canEdit} onSaved={reload} />
          ))}
        </div>
      )}
    </div>
  );
}
