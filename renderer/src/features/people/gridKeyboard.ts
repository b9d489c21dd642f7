// The people grid's keyboard and selection, built from the shared grid pieces (ui/grid): the entry row's Enter, the
// row menu (Shift+F10, Menu key, right click) with Alt+Enter for 编辑, a range of one column with its status bar,
// Ctrl+D fill-down and Ctrl+Z undo, each cell saved through people.update.
import type {
  CellFocusedEvent,
  CellValueChangedEvent,
  GridApi,
  IRowNode,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonField, PersonRow } from '@core/people/contract';
import { isCustomFieldKey, type CustomValue } from '@rules/customFields';
import { useSession } from '../../app/session';
import { useToast } from '../../ui';
import { useCellRange } from '../../ui/grid/cellRange';
import { useGridEdits, type SaveCell } from '../../ui/grid/gridEdits';
import { useGridKeys } from '../../ui/grid/gridKeys';
import { useRowMenu, type RowMenuItem } from '../../ui/grid/RowMenu';
import type { useEntryRow } from './entryRow';
import { isNewRow, isOtherOffice, type PeopleGridContext } from './gridContext';
import { saveErrorText } from './issues';
import { withRevealedIds } from './revealedIds';
import { updateCustomField, updateField, type AskWarnings } from './saving';

type Entry = ReturnType<typeof useEntryRow>;

interface CellSaver {
  ask: AskWarnings;
  t: TFunction;
  userId: string;
}

/** A custom cell: its value already read in the field's type by the column's parser; shown at once, put back if refused. */
async function saveCustomCell(
  { ask, t, userId }: CellSaver,
  node: IRowNode<PersonRow>,
  key: string,
  value: unknown,
  before: unknown,
): Promise<string | null> {
  const withValue = (v: unknown) =>
    node.data && node.setData({ ...node.data, customFields: { ...node.data.customFields, [key]: v as CustomValue } });
  withValue(value);
  try {
    const saved = await updateCustomField(() => node.data!, key, (value ?? null) as CustomValue | null, ask);
    if (!saved) {
      withValue(before);
      return t('grid.declined');
    }
    node.setData(withRevealedIds(userId, [saved.person])[0] ?? saved.person);
    return null;
  } catch (error) {
    withValue(before);
    return saveErrorText(t, error);
  }
}

function usePersonCellSave(ask: AskWarnings): SaveCell<PersonRow> {
  const { t } = useTranslation();
  const userId = useSession().user.id;
  return useCallback(
    async (node, colId, value, before) => {
      if (isCustomFieldKey(colId)) return saveCustomCell({ ask, t, userId }, node, colId, value, before);
      const field = colId as PersonField;
      const revert = () => node.data && node.setData({ ...node.data, [field]: before });
      if (node.data && node.data[field] !== value) node.setData({ ...node.data, [field]: value });
      try {
        const saved = await updateField(() => node.data!, field, String(value ?? ''), ask);
        if (!saved) {
          revert();
          return t('grid.declined');
        }
        node.setData(withRevealedIds(userId, [saved.person])[0] ?? saved.person);
        return null;
      } catch (error) {
        revert();
        return saveErrorText(t, error);
      }
    },
    [ask, t, userId],
  );
}

function rowItems(t: (key: string) => string, node: IRowNode<PersonRow>, context: PeopleGridContext): RowMenuItem[] {
  const row = node.data;
  if (!row) return [];
  if (isNewRow(node)) {
    return context.canEdit
      ? [
          { id: 'save', label: t('common.save'), shortcut: 'Enter', run: () => context.saveNew() },
          { id: 'clear', label: t('people.clear'), run: () => context.clearNew() },
        ]
      : [];
  }
  const items: RowMenuItem[] = [];
  if (context.canEdit && !row.voided && !isOtherOffice(row, context)) {
    items.push({ id: 'edit', label: t('people.edit'), shortcut: 'Alt+Enter', run: () => context.edit(row) });
    items.push({ id: 'void', label: t('people.void'), danger: true, run: () => context.void(row) });
  }
  if (row.idMasked && context.canReveal)
    items.push({ id: 'reveal', label: t('people.revealTitle'), run: () => context.reveal(node) });
  return items;
}

export function usePeopleGridKeyboard(
  api: () => GridApi<PersonRow> | null,
  entry: Entry,
  ask: AskWarnings,
  context: PeopleGridContext,
) {
  const { t } = useTranslation();
  const toast = useToast();
  const range = useCellRange(api);
  const edits = useGridEdits(api, usePersonCellSave(ask), range.currentRange);
  const menu = useRowMenu(api, (node: IRowNode<PersonRow>) => rowItems(t, node, context));

  const editFormKey = useCallback(
    (params: SuppressKeyboardEventParams<PersonRow>) => {
      const { event, editing, node } = params;
      if (editing || event.key !== 'Enter' || !event.altKey || !node.data || isNewRow(node)) return false;
      event.preventDefault();
      const row = node.data;
      if (context.canEdit && !row.voided && !isOtherOffice(row, context)) context.edit(row);
      return true;
    },
    [context],
  );

  const keys = useGridKeys([menu.menuKey, editFormKey, entry.enterKey, range.shiftArrowKey, edits.editKey]);

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<PersonRow>) => {
      entry.onCellFocused(event);
      range.onCellFocused(event);
    },
    [entry, range],
  );

  const onCellValueChanged = useCallback(
    (event: CellValueChangedEvent<PersonRow>) => {
      const field = (event.colDef.field ?? event.column.getColId()) as PersonField;
      if (isNewRow(event.node)) {
        entry.fixed(field);
        return;
      }
      if (event.newValue === event.oldValue) return;
      void edits.saveEdit(event.node, field, event.newValue, event.oldValue).then((reason) => {
        if (reason) toast.show(t('people.saveFailed', { message: reason }), 'error');
      });
    },
    [edits, entry, t, toast],
  );

  return {
    keys,
    onCellFocused,
    onCellValueChanged,
    onCellContextMenu: menu.onCellContextMenu,
    menu: menu.element,
    range: range.range,
    attachRange: range.attach,
  };
}
