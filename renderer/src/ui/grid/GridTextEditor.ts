// The grids' text cell editor: AG Grid's text editor, except that it never selects what the clerk has already typed.
// With the React grid, a cell entered by Tab gets its editor focused at once and focused again (focusIn, which
// selects the whole text) in a later task; keys the clerk typed in between were selected by that second focus and
// the next key replaced them (CI lost the first digit of an ID number). Here focusIn selects only an untouched
// editor. It also opens with the text an IME composed in the cell (offerText), so nothing fills it later.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';

interface Offered {
  rowIndex: number;
  rowPinned: string | null;
  colId: string;
  text: string;
}

/** AG Grid's text editor takes useFormatter (the gender column shows 男, not its code); so does this one. */
type Params = ICellEditorParams & { useFormatter?: boolean };

let offered: Offered | null = null;

/** The next editor opened on this cell starts with `text` (what the IME composed there). */
export function offerText(cell: Omit<Offered, 'text'>, text: string): void {
  offered = { ...cell, text };
}

export function withdrawText(): void {
  offered = null;
}

function takeOffered(params: Params): string | null {
  const cell = offered;
  const matches =
    cell !== null &&
    cell.colId === params.column.getColId() &&
    cell.rowIndex === params.rowIndex &&
    cell.rowPinned === (params.node.rowPinned ?? null);
  if (!matches) return null;
  offered = null;
  return cell.text;
}

interface Start {
  text: string;
  /** The text is the cell's own value (not typed): unchanged, the editor gives the cell's value back unparsed. */
  seeded: boolean;
  selectAll: boolean;
}

/** What the editor opens with, and whether that text is selected (as in AG Grid's own text editor). */
function startOf(params: Params): Start {
  const composed = takeOffered(params);
  if (composed !== null) return { text: composed, seeded: false, selectAll: false };
  const key = params.eventKey;
  if (key === 'Backspace' || key === 'Delete') return { text: '', seeded: false, selectAll: false };
  // A printable key started the edit: AG Grid kept it from the page, so the editor starts with it.
  if (key?.length === 1) return { text: key, seeded: false, selectAll: false };
  const shown = params.useFormatter ? params.formatValue(params.value) : params.value;
  const text = shown == null ? '' : String(shown);
  return { text, seeded: true, selectAll: params.cellStartedEdit && key !== 'F2' };
}

export class GridTextEditor implements ICellEditorComp {
  private params!: Params;
  private readonly gui = document.createElement('div');
  private readonly input = document.createElement('input');
  private start: Start = { text: '', seeded: false, selectAll: false };
  /** The clerk typed, moved the caret or clicked in the editor: its text and caret are theirs from then on. */
  private touched = false;

  init(params: Params): void {
    this.params = params;
    this.gui.className = 'ag-cell-edit-wrapper';
    this.gui.innerHTML =
      '<div class="ag-cell-editor ag-text-field ag-input-field"><div class="ag-wrapper ag-input-wrapper ag-text-field-input-wrapper"></div></div>';
    this.input.type = 'text';
    this.input.className = 'ag-input-field-input ag-text-field-input';
    this.input.setAttribute('aria-label', params.colDef.headerName ?? '');
    this.gui.querySelector('.ag-input-wrapper')!.append(this.input);
    this.start = startOf(params);
    this.input.value = this.start.text;
    const touch = () => {
      this.touched = true;
    };
    for (const type of ['keydown', 'input', 'pointerdown', 'compositionstart'])
      this.input.addEventListener(type, touch);
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'PageUp' || event.key === 'PageDown') event.preventDefault();
    });
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  afterGuiAttached(): void {
    this.focusIn();
  }

  /** AG Grid calls this when Tab brings the keyboard into the cell, in the React grid possibly after typing began. */
  focusIn(): void {
    this.input.focus();
    if (this.touched) return;
    if (this.start.selectAll) this.input.select();
    else this.input.setSelectionRange(this.input.value.length, this.input.value.length);
  }

  getValue(): unknown {
    const text = this.input.value;
    return this.start.seeded && text === this.start.text ? this.params.value : this.params.parseValue(text);
  }
}
