// 导入会员名册: the clerk picks a roster (xlsx/xls/CSV, a dues column per year, the office's custom fields by their
// labels); a dry run says how many rows are good and lists each bad row by row and field; 导入 writes the good rows
// once (the button is gone after), and the dialog says what happened.
import { useTranslation } from 'react-i18next';
import { isCustomFieldKey } from '@rules/customFields';
import { call } from '../../../api/client';
import { fieldLabel, useCustomFields } from '../../customFields/useCustomFields';
import { ImportFileDialog } from '../../volunteers/files/ImportFileDialog';
import { RowErrors } from '../../volunteers/files/RowErrors';
import { useFileImport } from '../../volunteers/files/useFileImport';

export function MemberImport({ onImported }: { onImported(): void }) {
  const { t, i18n } = useTranslation();
  const fields = useCustomFields('members');
  const importer = useFileImport((picked, dryRun) => call('members.import', { ...picked, dryRun }), onImported);
  const { result, done } = importer;
  const r = 'members.import';
  /** A row error's field as the clerk knows it: a column's header, a year's dues, a custom field's label. */
  const labelOf = (field: string) => {
    const year = /^dues:(\d{4})$/.exec(field)?.[1];
    if (year) return t('members.importField.dues', { year });
    const custom = isCustomFieldKey(field) ? fields.find((f) => f.key === field) : undefined;
    return custom ? fieldLabel(custom, i18n.language) : t(`members.importField.${field}`);
  };
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
          <p>
            {done
              ? t(`${r}.summary`, { rows: result.rows, imported: result.imported, invalid: result.invalid })
              : t(`${r}.checked`, {
                  rows: result.rows,
                  valid: result.valid,
                  dues: result.dues,
                  invalid: result.invalid,
                })}
          </p>
          <p>
            {t(done ? `${r}.people` : `${r}.peopleChecked`, {
              matched: result.peopleMatched,
              added: result.peopleAdded,
            })}
          </p>
          {result.duesYears.length > 0 && <p>{t(`${r}.duesYears`, { years: result.duesYears.join('、') })}</p>}
          <RowErrors
            errors={result.errors}
            truncated={result.errorsTruncated}
            labelOf={labelOf}
            messageOf={(code) => (i18n.exists(`${r}.issue.${code}`) ? t(`${r}.issue.${code}`) : null)}
          />
          {!done && <p className="muted">{t(`${r}.hint`)}</p>}
        </>
      )}
    </ImportFileDialog>
  );
}
