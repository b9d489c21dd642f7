// 导入志愿者名册: the clerk picks a roster (xlsx/xls/CSV); a dry run says how many rows are good and lists each bad
// row by row and field; 导入 writes the good rows once (the button is gone after), and the dialog says what happened.
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ImportFileDialog } from './ImportFileDialog';
import { RowErrors } from './RowErrors';
import { useFileImport } from './useFileImport';

export function RosterImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const importer = useFileImport((picked, dryRun) => call('volunteers.import', { ...picked, dryRun }), onImported);
  const { result, done } = importer;
  const r = 'volunteers.importResult';
  return (
    <ImportFileDialog
      importer={importer}
      label={t('volunteers.import')}
      name={t('volunteers.importName')}
      title={t(`${r}.title`)}
      commitLabel={t(`${r}.commit`, { count: result?.valid ?? 0 })}
    >
      {result && (
        <>
          <p>
            {done
              ? t(`${r}.summary`, { rows: result.rows, imported: result.imported, invalid: result.invalid })
              : t(`${r}.checked`, { rows: result.rows, valid: result.valid, invalid: result.invalid })}
          </p>
          <p>
            {t(done ? `${r}.people` : `${r}.peopleChecked`, {
              matched: result.peopleMatched,
              added: result.peopleAdded,
            })}
          </p>
          {result.groupsAdded.length > 0 && <p>{t(`${r}.groupsAdded`, { names: result.groupsAdded.join('、') })}</p>}
          <RowErrors errors={result.errors} truncated={result.errorsTruncated} fieldLabels="volunteers.importField" />
        </>
      )}
    </ImportFileDialog>
  );
}
