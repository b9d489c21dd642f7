// 培训设置: course kinds (培训类别), the names recognised on import, township populations (户籍人口) and the
// annual targets. Trainers edit; the others read.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingKindRow } from '@core/training/kinds/contract';
import { useSession } from '@renderer/app/session';
import { Button, PageHeader, Tabs } from '@renderer/ui';
import { useLoad } from '../../stock/useLoad';
import { trainingCall } from '../api';
import '../courses/training.css';
import { KindForm } from './KindForm';
import { AliasesPanel, PopulationsPanel, TargetsPanel } from './SettingsLists';

export function TrainingSettingsPage() {
  const { t } = useTranslation();
  const canEdit = useSession().hasRole('trainer');
  const [tab, setTab] = useState('kinds');
  const [kinds, reload] = useLoad(() => trainingCall('training.kinds.list', {}), []);
  const [editing, setEditing] = useState<TrainingKindRow | 'new' | null>(null);

  const kindsPanel = (
    <div>
      {canEdit && <Button onClick={() => setEditing('new')}>{t('training.settings.addKind')}</Button>}
      <table className="data-table">
        <thead>
          <tr>
            {[
              'kindName',
              'category',
              'nominalHours',
              'validityMonths',
              'renewalGraceMonths',
              'passMark',
              'absenceLimitHours',
              'skills',
            ].map((key) => (
              <th key={key}>{t(`training.settings.${key}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(kinds ?? []).map((kind) => (
            <tr key={kind.id}>
              <td>
                {canEdit ? (
                  <button type="button" className="cell-link" onClick={() => setEditing(kind)}>
                    {kind.name}
                  </button>
                ) : (
                  kind.name
                )}
              </td>
              <td>{t(`training.category.${kind.category}`)}</td>
              <td>{kind.nominalHours}</td>
              <td>{kind.validityMonths}</td>
              <td>{kind.renewalGraceMonths}</td>
              <td>{kind.passMark}</td>
              <td>{kind.absenceLimitHours}</td>
              <td>{kind.skills.join('、')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="page training-page">
      <PageHeader title={t('training.settings.title')} />
      <Tabs
        current={tab}
        onChange={setTab}
        items={[
          { id: 'kinds', label: t('training.settings.kinds'), content: kindsPanel },
          {
            id: 'aliases',
            label: t('training.settings.aliases'),
            content: <AliasesPanel kinds={kinds ?? []} canEdit={canEdit} />,
          },
          {
            id: 'populations',
            label: t('training.settings.populations'),
            content: <PopulationsPanel canEdit={canEdit} />,
          },
          { id: 'targets', label: t('training.settings.targets'), content: <TargetsPanel canEdit={canEdit} /> },
        ]}
      />
      <KindForm
        open={editing !== null}
        kind={editing === 'new' ? null : editing}
        kinds={kinds ?? []}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </div>
  );
}
