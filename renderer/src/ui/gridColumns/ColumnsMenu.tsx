// 列设置: the columns of a grid as a list to show or hide (tick), move (上移/下移, for the keyboard; the header
// can also be dragged), and 重置列. AG Grid Community has no column chooser, so this is ours. Esc closes it.
import type { Column, GridApi } from 'ag-grid-community';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button';
import './columns.css';

interface Props {
  api: GridApi | null;
  onReset(): void;
}

/** Columns a user may show, hide or move: not the row number, the actions, nor those the page shows by itself. */
function userColumns(api: GridApi): Column[] {
  return (api.getColumns() ?? []).filter((c) => {
    const def = c.getColDef();
    return def.headerName && def.hide === undefined && !def.lockPosition && def.suppressNavigable !== true;
  });
}

export function ColumnsMenu({ api, onReset }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [, setVersion] = useState(0);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open || !api) return;
    const redraw = () => setVersion((v) => v + 1);
    const events = ['columnVisible', 'columnMoved'] as const;
    for (const type of events) api.addEventListener(type, redraw);
    panel.current?.querySelector<HTMLInputElement>('input')?.focus();
    return () => {
      if (!api.isDestroyed()) for (const type of events) api.removeEventListener(type, redraw);
    };
  }, [open, api]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const columns = api && !api.isDestroyed() ? userColumns(api) : [];
  const order = api?.getAllGridColumns() ?? [];
  // Takes the place of the next listed column above or below (AG Grid counts places among all columns).
  const move = (column: Column, step: -1 | 1) => {
    const neighbour = columns[columns.indexOf(column) + step];
    if (api && neighbour) api.moveColumns([column], order.indexOf(neighbour));
  };

  return (
    <div
      className="columns-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        type="button"
        className="btn btn-secondary"
        ref={button}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen(!open)}
        disabled={!api}
      >
        {t('gridColumns.button')}
      </button>
      {open && api && (
        <div className="columns-panel" role="dialog" aria-label={t('gridColumns.title')} ref={panel}>
          <p className="columns-hint">{t('gridColumns.hint')}</p>
          <ul>
            {columns.map((column, index) => {
              const name = column.getColDef().headerName!;
              return (
                <li key={column.getColId()}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={column.isVisible()}
                      onChange={(event) => api.setColumnsVisible([column], event.target.checked)}
                    />
                    <span>{name}</span>
                  </label>
                  <button
                    type="button"
                    className="columns-move"
                    disabled={index === 0}
                    aria-label={t('gridColumns.moveUp', { name })}
                    onClick={() => move(column, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="columns-move"
                    disabled={index === columns.length - 1}
                    aria-label={t('gridColumns.moveDown', { name })}
                    onClick={() => move(column, 1)}
                  >
                    ↓
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="columns-actions">
            <Button
              variant="quiet"
              onClick={() => {
                onReset();
                close();
              }}
            >
              {t('gridColumns.reset')}
            </Button>
            <Button onClick={close}>{t('common.close')}</Button>
          </div>
        </div>
      )}
    </div>
  );
}
