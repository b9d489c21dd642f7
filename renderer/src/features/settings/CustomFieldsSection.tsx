// 设置 > 自定义字段: a roster's fields (人员库, 志愿者, 会员, 救援队员 or 户籍, chosen by a tab), hidden ones last. An administrator adds, edits, hides and shows
// them again; everyone else reads the list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldRow } from '@core/customFields/contract';
import type { CustomFieldRoster } from '@rules/customFields';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { errorText } from '../../i18n';
import { Button, Tabs, useToast } from '../../ui';
import { fieldLabel, useCustomFields } from '../customFields/useCustomFields';
import { CustomFieldDialog } from './CustomFieldDialog';

/** The rosters whose forms and grids show their custom fields. */
const SETTINGS_ROSTERS = ['people', 'volunteers', 'members', 'teamMembers', 'households'] as const;

export function CustomFieldsSection() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const isAdmin = useSession().hasRole('admin');
  const [version, setVersion] = useState(0);
  const [roster, setRoster] = useState<CustomFieldRoster>('people');
  const fields = useCustomFields(roster, { includeHidden: true, version });
  const [editing, setEditing] = useState<{ field: CustomFieldRow | null } | null>(null);

  const setHidden = async (field: CustomFieldRow, hidden: boolean) => {
    try {
      await call('customFields.update', { id: field.id, rowVersion: field.rowVersion, patch: { hidden } });
      if (hidden) toast.show(t('customFields.hiddenDone', { label: fieldLabel(field, i18n.language) }));
      setVersion((v) => v + 1);
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    }
  };

  const list = (
    <>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('customFields.columns.label')}</th>
              <th>{t('customFields.columns.type')}</th>
              <th>{t('customFields.columns.required')}</th>
              <th>{t('customFields.columns.inGrid')}</th>
              <th>{t('customFields.columns.state')}</th>
              {isAdmin && <th className="col-actions">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {fields.length === 0 && (
              <tr>
                <td colSpan={6} className="empty">
                  {t('customFields.empty')}
                </td>
              </tr>
            )}
            {fields.map((field) => (
              <tr key={field.id} className={field.hidden ? 'is-inactive' : undefined}>
                <td>
                  {field.labelZh} <span className="muted">{field.labelEn}</span>
                </td>
                <td>
                  {t(`customFields.types.${field.type}`)}
                  {field.type === 'choice' && <span className="muted">：{field.choices.join('、')}</span>}
                </td>
                <td>{field.required ? t('customFields.yes') : ''}</td>
                <td>{field.inGrid ? t('customFields.yes') : ''}</td>
                <td>{field.hidden && <span className="badge badge-muted">{t('customFields.hidden')}</span>}</td>
                {isAdmin && (
                  <td className="col-actions">
                    <Button variant="quiet" onClick={() => setEditing({ field })}>
                      {t('customFields.edit')}
                    </Button>
                    <Button variant="quiet" onClick={() => void setHidden(field, !field.hidden)}>
                      {field.hidden ? t('customFields.show') : t('customFields.hide')}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin && (
        <Button variant="primary" onClick={() => setEditing({ field: null })}>
          {t('customFields.add')}
        </Button>
      )}
    </>
  );

  return (
    <section className="panel custom-fields" aria-labelledby="custom-fields-title">
      <h2 id="custom-fields-title">{t('customFields.title')}</h2>
      <p className="muted">{t('customFields.intro')}</p>
      {!isAdmin && <p className="muted">{t('customFields.adminOnly')}</p>}
      <Tabs
        label={t('customFields.roster')}
        current={roster}
        onChange={(id) => setRoster(id as CustomFieldRoster)}
        items={SETTINGS_ROSTERS.map((id) => ({ id, label: t(`customFields.rosters.${id}`), content: list }))}
      />
      <CustomFieldDialog
        open={editing !== null}
        field={editing?.field ?? null}
        roster={roster}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          toast.show(t('customFields.saved', { label: fieldLabel(saved, i18n.language) }));
          setVersion((v) => v + 1);
        }}
      />
    </section>
  );
}
