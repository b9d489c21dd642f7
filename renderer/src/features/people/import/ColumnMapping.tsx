// The columns of the file and the person field each one fills, as dropdowns the user may correct, with the
// column's first values to see a wrong match; and the side panel around them (the preview's, and the one
// shown when the file's headers did not name the 姓名 or 身份证号 column).
import { useTranslation } from 'react-i18next';
import { PERSON_FIELDS, type ImportColumn, type PersonField } from '@core/people/contract';
import { Button } from '@renderer/ui';
import { useCustomFields, useFieldLabel } from '../../customFields/useCustomFields';
import type { Mapping } from './useImportJob';

export type MappingColumn = ImportColumn & { samples: string[] };

/** Fields every imported person needs a column for (the backend refuses the mapping otherwise). */
export const REQUIRED_FIELDS: readonly PersonField[] = ['name', 'idNumber'];

/** Update mode's 清空空白 per mapped column: the fields whose blank cells empty the stored value. */
interface ClearBlanks {
  fields: PersonField[];
  onChange(fields: PersonField[]): void;
}

interface Props {
  columns: MappingColumn[];
  mapping: Mapping;
  onChange(mapping: Mapping): void;
  clearBlanks?: ClearBlanks;
}

/** Name and ID number are required in every row: a blank there is an error, never a clearing. */
const CLEARABLE = (field: PersonField | null): field is PersonField =>
  field !== null && !REQUIRED_FIELDS.includes(field);

export function ColumnMapping({ columns, mapping, onChange, clearBlanks }: Props) {
  const { t } = useTranslation();
  const customFields = useCustomFields('people');
  const label = useFieldLabel();
  /** A column headed by a custom field's label fills that field (its list shows the label) unless a person field is chosen. */
  const unmappedText = (column: MappingColumn) => {
    const custom = column.customKey && customFields.find((f) => f.key === column.customKey);
    return custom ? label(custom) : t('people.importWizard.ignore');
  };
  const fieldOf = (index: number) => mapping.find((entry) => entry.index === index)?.field ?? null;
  // A field goes to one column: choosing it for this one takes it from the column that had it.
  const set = (index: number, field: PersonField | null) =>
    onChange(
      mapping.map((entry) =>
        entry.index === index ? { index, field } : field && entry.field === field ? { ...entry, field: null } : entry,
      ),
    );
  const clearBlanksBox = (field: PersonField | null, name: string) => {
    if (!clearBlanks || !CLEARABLE(field)) return null;
    const on = clearBlanks.fields.includes(field);
    return (
      <input
        type="checkbox"
        checked={on}
        title={t('people.importWizard.update.clearBlanksHint')}
        aria-label={`${t('people.importWizard.update.clearBlanks')} ${name}`}
        onChange={() =>
          clearBlanks.onChange(on ? clearBlanks.fields.filter((f) => f !== field) : [...clearBlanks.fields, field])
        }
      />
    );
  };
  return (
    <div className="table-wrap import-mapping">
      <table className="table">
        <thead>
          <tr>
            <th>{t('people.importWizard.sourceColumn')}</th>
            <th>{t('people.importWizard.targetField')}</th>
            {clearBlanks && (
              <th title={t('people.importWizard.update.clearBlanksHint')}>
                {t('people.importWizard.update.clearBlanks')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => {
            const name = column.header || columnLetter(column.index);
            return (
              <tr key={column.index}>
                <td>
                  <div className="mapping-header">{name}</div>
                  {column.samples.map((sample, i) => (
                    <div key={i} className="mapping-sample">
                      {sample}
                    </div>
                  ))}
                </td>
                <td>
                  <select
                    className="input"
                    aria-label={t('people.importWizard.targetField') + ' ' + name}
                    value={fieldOf(column.index) ?? ''}
                    onChange={(event) => set(column.index, (event.target.value || null) as PersonField | null)}
                  >
                    <option value="">{unmappedText(column)}</option>
                    {PERSON_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(`people.field.${field}`)}
                      </option>
                    ))}
                  </select>
                </td>
                {clearBlanks && <td className="col-clear">{clearBlanksBox(fieldOf(column.index), name)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Required fields no column is mapped to yet. */
export function unmappedFields(mapping: Mapping): PersonField[] {
  return REQUIRED_FIELDS.filter((field) => !mapping.some((entry) => entry.field === field));
}

interface PanelProps extends Props {
  canRecheck: boolean;
  onRecheck(): void;
}

/** 列对应: the mapping, the required fields still without a column (highlighted), and 重新检查. */
export function MappingPanel({ columns, mapping, onChange, clearBlanks, canRecheck, onRecheck }: PanelProps) {
  const { t } = useTranslation();
  const unmapped = unmappedFields(mapping);
  return (
    <aside className="import-side">
      <h3>{t('people.importWizard.mapping')}</h3>
      <p className="muted small">{t('people.importWizard.mappingHint')}</p>
      <p className="mapping-required small">
        {t('people.importWizard.required')}
        {REQUIRED_FIELDS.map((field) => (
          <span key={field} className={unmapped.includes(field) ? 'required-field required-missing' : 'required-field'}>
            {t(`people.field.${field}`)}
          </span>
        ))}
      </p>
      <ColumnMapping columns={columns} mapping={mapping} onChange={onChange} clearBlanks={clearBlanks} />
      <Button onClick={onRecheck} disabled={!canRecheck || unmapped.length > 0}>
        {t('people.importWizard.recheck')}
      </Button>
    </aside>
  );
}

/** A, B, … Z, AA: the spreadsheet's name of a 0-based column. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
