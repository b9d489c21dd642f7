// 导入户籍: the clerk picks a member list in the common 扶贫 layout (one row per member, the head's ID number on every
// row; xlsx/xls/CSV); a dry run says how many rows are good, the households and members they make and who joins the
// registry, and lists each bad row by row and field (the CLI's fields, as the columns are headed); 导入 writes the
// good rows once (the button is gone after), and the dialog says what happened.
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ImportFileDialog } from '../../volunteers/files/ImportFileDialog';
import { RowErrors } from '../../volunteers/files/RowErrors';
import { useFileImport } from '../../volunteers/files/useFileImport';

export function HouseholdImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const importer = useFileImport((picked, dryRun) => call('households.import', { ...picked, dryRun }), onImported);
  const { result, done } = importer;
  const r = 'households.import';
  return (
    <ImportFileDialog
      importer={importer}
      label={t(`${r}.button`)}
      name={t(`${r}.fileName`)}
      title={t(`${r}.title`)}
      commitLabel={t(`${r}.commit`, { count: result?.valid ?? 0 })}
    >
      {result && (
        <>
          <p className="muted">{t(`${r}.intro`)}</p>
          <p>
            {done
              ? t(`${r}.summary`, { imported: result.imported, households: result.households, invalid: result.invalid })
              : t(`${r}.checked`, {
                  rows: result.rows,
                  valid: result.valid,
                  households: result.households,
                  members: result.members,
                  invalid: result.invalid,
                })}
          </p>
          <p>
            {t(done ? `${r}.peopleDone` : `${r}.people`, {
              matched: result.peopleMatched,
              added: result.peopleAdded,
            })}
          </p>
          <RowErrors errors={result.errors} truncated={result.errorsTruncated} fieldLabels="households.importField" />
          {!done && <p className="muted">{t(`${r}.hint`)}</p>}
        </>
      )}
    </ImportFileDialog>
  );
}
