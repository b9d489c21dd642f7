// 导入历史服务时长: the clerk picks a file of past service records (one row a record); a dry run says how many rows
// are good and their hours, and lists each bad row by row and field; the clerk chooses 已通过 (default) or 待审核,
// and 导入 writes the good rows once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { hoursText } from '../hoursText';
import { ImportFileDialog } from './ImportFileDialog';
import { RowErrors } from './RowErrors';
import { useFileImport } from './useFileImport';

export function HoursImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const importer = useFileImport(
    (picked, dryRun) => call('volunteers.importHours', { ...picked, dryRun, pending }),
    onImported,
  );
  const { result, done } = importer;
  const h = 'volunteerHoursImport';
  return (
    <ImportFileDialog
      importer={importer}
      label={t(`${h}.button`)}
      name={t(`${h}.fileName`)}
      title={t(`${h}.title`)}
      commitLabel={t(`${h}.commit`, { count: result?.valid ?? 0 })}
      onClose={() => setPending(false)}
    >
      {result && (
        <>
          <p>
            {done
              ? t(result.status === 'pending' ? `${h}.summaryPending` : `${h}.summaryApproved`, {
                  rows: result.rows,
                  imported: result.imported,
                  hours: hoursText(result.importedHalfHours),
                  invalid: result.invalid,
                })
              : t(`${h}.checked`, {
                  rows: result.rows,
                  valid: result.valid,
                  hours: hoursText(result.validHalfHours),
                  invalid: result.invalid,
                })}
          </p>
          {done && result.activitiesAdded > 0 && <p>{t(`${h}.activitiesAdded`, { count: result.activitiesAdded })}</p>}
          {!done && result.valid > 0 && (
            <fieldset className="vol-import-status">
              <legend>{t(`${h}.status`)}</legend>
              {[false, true].map((choice) => (
                <label key={String(choice)}>
                  <input
                    type="radio"
                    name="hours-import-status"
                    checked={pending === choice}
                    onChange={() => setPending(choice)}
                  />
                  {t(choice ? `${h}.pending` : `${h}.approved`)}
                </label>
              ))}
            </fieldset>
          )}
          <RowErrors errors={result.errors} truncated={result.errorsTruncated} fieldLabels={`${h}.field`} />
        </>
      )}
    </ImportFileDialog>
  );
}
