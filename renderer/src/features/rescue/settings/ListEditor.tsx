// One of the office's rescue lists (队伍类型 or 队内职务) as a clerk edits it: names in order, each renamed in place,
// moved up or removed, a new one added at the end; 保存 sends the list with the renames made.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESCUE_LIST_NAME_MAX, type RescueListKind } from '@rules/rescue';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Alert, Button, useToast } from '../../../ui';
import { useLeaveGuard } from '../../../ui/Dialog';

interface Entry {
  /** The name as saved ('' for one added since). */
  from: string;
  name: string;
}

interface Props {
  kind: RescueListKind;
  names: string[];
  canEdit: boolean;
  onSaved(): void;
}

export function ListEditor({ kind, names, canEdit, onSaved }: Props) {
  const { t } = useTranslation();
  const s = (key: string) => t(`rescueSettings.${key}`);
  const toast = useToast();
  const saved = () => names.map((name) => ({ from: name, name }));
  const [entries, setEntries] = useState<Entry[]>(saved);
  const [added, setAdded] = useState('');
  const [error, setError] = useState<string | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new list from the server replaces the draft
  useEffect(() => setEntries(saved()), [names]);
  const dirty = JSON.stringify(entries) !== JSON.stringify(saved());
  const leaveGuard = useLeaveGuard(dirty);
  const label = s(kind);

  const update = (index: number, entry: Entry | null) =>
    setEntries((current) => current.flatMap((e, n) => (n === index ? (entry ? [entry] : []) : [e])));
  const moveUp = (index: number) =>
    setEntries((current) =>
      current.map((e, n) => (n === index - 1 ? current[index]! : n === index ? current[index - 1]! : e)),
    );
  const save = async () => {
    setError(null);
    try {
      await call('rescue.settings.set', {
        kind,
        names: entries.map((e) => e.name.trim()),
        renamed: entries
          .filter((e) => e.from && e.from !== e.name.trim())
          .map((e) => ({ from: e.from, to: e.name.trim() })),
      });
      toast.show(s('saved'), 'success');
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  return (
    <section aria-label={label}>
      <h2 className="vol-h2">{label}</h2>
      <table className="data-table">
        <tbody>
          {entries.map((entry, index) => (
            <tr key={`${entry.from}-${index}`}>
              <td>
                {canEdit ? (
                  <input
                    type="text"
                    className="input"
                    aria-label={`${label} ${index + 1}`}
                    value={entry.name}
                    maxLength={RESCUE_LIST_NAME_MAX}
                    onChange={(e) => update(index, { ...entry, name: e.target.value })}
                  />
                ) : (
                  entry.name
                )}
              </td>
              {canEdit && (
                <td>
                  {index > 0 && (
                    <button type="button" className="cell-link" onClick={() => moveUp(index)}>
                      {s('up')}
                    </button>
                  )}{' '}
                  <button type="button" className="cell-link cell-link-danger" onClick={() => update(index, null)}>
                    {s('remove')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && (
        <>
          <form
            className="toolbar"
            onSubmit={(event) => {
              event.preventDefault();
              if (!added.trim()) return;
              setEntries((current) => [...current, { from: '', name: added.trim() }]);
              setAdded('');
            }}
          >
            <input
              aria-label={`${label} ${s('newName')}`}
              placeholder={s('newName')}
              value={added}
              maxLength={RESCUE_LIST_NAME_MAX}
              onChange={(e) => setAdded(e.target.value)}
            />
            <Button type="submit" disabled={!added.trim()}>
              {s('add')}
            </Button>
          </form>
          {error && <Alert>{error}</Alert>}
          <div className="toolbar">
            <Button variant="primary" disabled={!dirty} onClick={() => void save()}>
              {s('save')}
            </Button>
            {dirty && <span className="muted">{s('unsaved')}</span>}
          </div>
        </>
      )}
      {leaveGuard}
    </section>
  );
}
