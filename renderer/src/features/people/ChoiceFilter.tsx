// A column filter as a list of choices to tick (乡镇/街道, 性别, 单位): AG Grid's set filter is Enterprise, so
// this is ours. The choices come from `filterParams.choices` (loaded when the filter opens); 空白 is one of them.
import type { CustomFilterProps } from 'ag-grid-react';
import { useGridFilter } from 'ag-grid-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChoiceModel } from './columnFilterModel';

export interface Choice {
  value: string | null;
  label: string;
}
export interface ChoiceFilterParams {
  choices(): Promise<Choice[]>;
}

type Props = CustomFilterProps<unknown, unknown, ChoiceModel> & ChoiceFilterParams;

export function ChoiceFilter({ model, onModelChange, choices }: Props) {
  const { t } = useTranslation();
  const [list, setList] = useState<Choice[] | null>(null);
  // Filtering happens in SQL; the grid never asks a row.
  useGridFilter({ doesFilterPass: () => true });

  useEffect(() => {
    let live = true;
    choices()
      .then((found) => live && setList(found))
      .catch(() => live && setList([]));
    return () => {
      live = false;
    };
  }, [choices]);

  const ticked = new Set(model?.values ?? []);
  const toggle = (value: string | null, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(value);
    else next.delete(value);
    onModelChange(next.size ? { filterType: 'choice', values: [...next] } : null);
  };

  return (
    <div className="choice-filter">
      {list === null && <p className="muted">{t('people.loading')}</p>}
      {list?.map((choice) => (
        <label className="check" key={choice.value ?? ''}>
          <input
            type="checkbox"
            checked={ticked.has(choice.value)}
            onChange={(event) => toggle(choice.value, event.target.checked)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
      {model && (
        <button type="button" className="btn btn-quiet" onClick={() => onModelChange(null)}>
          {t('gridColumns.clearFilter')}
        </button>
      )}
    </div>
  );
}
