// 扶贫档案: the household's poverty file - its facts (causes, land, housing), its status now with its history (帮扶中
// -> 已脱贫 -> 监测对象 ..., each change dated with a reason; 变更状态 for clerks) and the income of each year. A
// household without a file starts one here by giving its main cause.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PovertyFileDetail } from '@core/households/poverty/contract';
import type { HouseholdDetail } from '@core/households/roster/contract';
import type { MonitoringCategory, PovertyStatus } from '@rules/households';
import { call } from '../../../api/client';
import { Button } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { statusText } from '../register/columns';
import { IncomesPanel } from './IncomesPanel';
import { PovertyFileForm } from './PovertyFileForm';
import { StatusDialog } from './StatusDialog';

interface Props {
  household: HouseholdDetail;
  canEdit: boolean;
  onChanged(): void;
}

export function PovertyTab({ household, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const p = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.poverty.${key}`, values);
  const [version, setVersion] = useState(0);
  const [detail] = useLoad(
    () => call('households.poverty.get', { householdId: household.id }),
    [household.id, version],
  );
  const [changing, setChanging] = useState(false);
  const saved = () => {
    setVersion((v) => v + 1);
    onChanged();
  };
  if (!detail) return <p className="muted">{t('households.loading')}</p>;
  const { file } = detail;

  return (
    <div className="hh-tab hh-poverty">
      <section className="hh-panel">
        <h3 className="hh-subhead">{p('fileTitle')}</h3>
        {!file && <p className="muted">{p(canEdit ? 'noFile' : 'noFileRead')}</p>}
        {(file || canEdit) && (
          <PovertyFileForm householdId={household.id} file={file} canEdit={canEdit} onSaved={saved} />
        )}
      </section>
      {file && (
        <section className="hh-panel">
          <h3 className="hh-subhead">{p('statusTitle')}</h3>
          <p className="hh-status-now">
            <b>{statusText(t, { povertyStatus: file.status, monitoringCategory: file.monitoringCategory })}</b>
            {file.statusDate && `　${p('since', { date: file.statusDate })}`}
            {canEdit && <Button onClick={() => setChanging(true)}>{p('changeStatus')}</Button>}
          </p>
          <StatusHistory detail={detail} />
          <IncomesPanel householdId={household.id} incomes={detail.incomes} canEdit={canEdit} onSaved={saved} />
        </section>
      )}
      {file && (
        <StatusDialog
          open={changing}
          file={file}
          onClose={() => setChanging(false)}
          onSaved={() => {
            setChanging(false);
            saved();
          }}
        />
      )}
    </div>
  );
}

function StatusHistory({ detail }: { detail: PovertyFileDetail }) {
  const { t } = useTranslation();
  const p = (key: string, values: Record<string, unknown> = {}) => t(`householdPage.poverty.${key}`, values);
  const shown = (povertyStatus: PovertyStatus, monitoringCategory: MonitoringCategory | null) =>
    statusText(t, { povertyStatus, monitoringCategory });
  if (detail.statusHistory.length === 0) return <p className="muted">{p('noChanges')}</p>;
  return (
    <table className="table hh-table" aria-label={p('historyTitle')}>
      <thead>
        <tr>
          <th>{p('changeDate')}</th>
          <th>{p('from')}</th>
          <th>{p('to')}</th>
          <th>{p('reason')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.statusHistory.map((change) => (
          <tr key={change.id}>
            <td>{change.changeDate}</td>
            <td>{shown(change.fromStatus, change.fromCategory)}</td>
            <td>{shown(change.toStatus, change.toCategory)}</td>
            <td>{change.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
