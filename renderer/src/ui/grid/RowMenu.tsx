// The row menu of a grid (AG Grid's context menu is Enterprise): opened by a right click on a row, the Menu key or
// Shift+F10 on the focused cell; arrows move, Enter runs, Esc closes and gives the keyboard back to the cell.
import type { CellContextMenuEvent, GridApi, IRowNode, SuppressKeyboardEventParams } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './grid.css';

export interface RowMenuItem {
  id: string;
  label: string;
  /** The item's own key, shown beside it (e.g. "Alt+Enter"). */
  shortcut?: string;
  danger?: boolean;
  run(): void;
}

interface OpenMenu {
  x: number;
  y: number;
  items: RowMenuItem[];
  back: () => void;
}

export function isMenuKey(event: KeyboardEvent): boolean {
  return event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
}

export function useRowMenu<T>(api: () => GridApi<T> | null, itemsFor: (node: IRowNode<T>) => RowMenuItem[]) {
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const items = useRef(itemsFor);
  items.current = itemsFor;

  const openAt = useCallback(
    (node: IRowNode<T>, colId: string, x: number, y: number) => {
      const list = items.current(node);
      const grid = api();
      if (!list.length || !grid) return;
      const rowIndex = node.rowIndex ?? 0;
      const pinned = node.rowPinned ?? null;
      setMenu({ x, y, items: list, back: () => grid.setFocusedCell(rowIndex, colId, pinned) });
    },
    [api],
  );

  const onCellContextMenu = useCallback(
    (event: CellContextMenuEvent<T>) => {
      const mouse = event.event as MouseEvent | null;
      if (!mouse) return;
      openAt(event.node, event.column.getColId(), mouse.clientX, mouse.clientY);
    },
    [openAt],
  );

  const menuKey = useCallback(
    (params: SuppressKeyboardEventParams<T>) => {
      if (params.editing || !isMenuKey(params.event)) return false;
      params.event.preventDefault();
      const cell = (params.event.target as HTMLElement).closest('.ag-cell')?.getBoundingClientRect();
      openAt(params.node, params.column.getColId(), cell ? cell.left + 8 : 0, cell ? cell.bottom : 0);
      return true;
    },
    [openAt],
  );

  const close = useCallback(
    () =>
      setMenu((current) => {
        current?.back();
        return null;
      }),
    [],
  );
  const element = menu && <RowMenu menu={menu} onClose={close} />;
  return { onCellContextMenu, menuKey, element };
}

function RowMenu({ menu, onClose }: { menu: OpenMenu; onClose(): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  useEffect(() => {
    ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);
  useEffect(() => {
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  const run = (item: RowMenuItem) => {
    onClose();
    item.run();
  };
  const onKeyDown = (event: ReactKeyboardEvent) => {
    const count = menu.items.length;
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1 + count,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) setActive(moves[event.key]! % count);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const left = Math.min(menu.x, window.innerWidth - 200);
  const top = Math.min(menu.y, window.innerHeight - 40 * menu.items.length - 16);
  return (
    <div
      ref={ref}
      className="row-menu"
      role="menu"
      aria-label={t('grid.rowMenu')}
      style={{ left, top }}
      onKeyDown={onKeyDown}
    >
      {menu.items.map((item, index) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          tabIndex={index === active ? 0 : -1}
          className={item.danger ? 'row-menu-item row-menu-danger' : 'row-menu-item'}
          onClick={() => run(item)}
        >
          <span>{item.label}</span>
          {item.shortcut && <kbd>{item.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}
