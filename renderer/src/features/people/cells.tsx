// Cell renderers of the people grid: the masked ID number with its 显示 action, the hidden birth date, the row actions,
// and the row number (the entry row on top shows 新增).
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '@core/people/contract';
import { isNewRow, isOtherOffice, type PeopleGridContext } from './gridContext';

type Props = CustomCellRendererProps<PersonRow, unknown, PeopleGridContext>;

export function IdCell({ data, node, context, value }: Props) {
  const { t } = useTranslation();
  if (!data) return null;
  const canReveal = data.idMasked && context.canReveal && !isNewRow(node);
  return (
    <span className="id-cell">
      <span className="id-number" title={data.idConverted ? t('people.converted') : undefined}>
        {String(value ?? '')}
        {data.idConverted && <sup className="id-converted">15</sup>}
      </span>
      {canReveal && (
        <button
          type="button"
          className="cell-link"
          title={t('people.revealTitle')}
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation();
            context.reveal(node);
          }}
        >
          {t('people.reveal')}
        </button>
      )}
    </span>
  );
}

/** The birth date for a user who may not reveal ID numbers: a dash that says why when pointed at. */
export function HiddenBirthDateCell({ data }: Props) {
  const { t } = useTranslation();
  if (!data) return null;
  return (
    <span className="muted birth-date-hidden" title={t('people.birthDateHidden')}>
      —
    </span>
  );
}

export function ActionsCell({ data, node, context }: Props) {
  const { t } = useTranslation();
  if (!data || !context.canEdit) return null;
  if (isNewRow(node)) {
    return (
      <span className="row-actions">
        <button type="button" className="cell-link" tabIndex={-1} onClick={() => context.saveNew()}>
          {t('common.save')}
        </button>
        <button type="button" className="cell-link" tabIndex={-1} onClick={() => context.clearNew()}>
          {t('people.clear')}
        </button>
      </span>
    );
  }
  if (data.voided)
    return (
      <span className="badge badge-muted" title={data.voidReason ?? undefined}>
        {t('people.voided')}
      </span>
    );
  if (isOtherOffice(data, context))
    return (
      <span className="badge badge-muted" title={t('people.readOnlyHint')}>
        {t('people.readOnly')}
      </span>
    );
  return (
    <span className="row-actions">
      <button type="button" className="cell-link" tabIndex={-1} onClick={() => context.edit(data)}>
        {t('people.edit')}
      </button>
      <button type="button" className="cell-link cell-link-danger" tabIndex={-1} onClick={() => context.void(data)}>
        {t('people.void')}
      </button>
    </span>
  );
}

export function RowNumberCell({ node }: Props) {
  const { t } = useTranslation();
  if (isNewRow(node)) return <span className="new-row-marker">{t('people.newRowMarker')}</span>;
  return <span>{node.rowIndex === null ? '' : node.rowIndex + 1}</span>;
}
