// Volunteers typed, pasted or scanned into the hours entry: volunteer numbers or ID numbers, one a line; Ctrl+Enter
// (or 加入名单) finds them. Found ones join the list and leave the box; a line naming nobody stays, said why.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ID_LIST_MAX } from '@api/limits';
import type { VolunteerPick } from '@core/volunteers/service/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button } from '../../../ui';

interface Props {
  listedIds: ReadonlySet<string>;
  onFound(rows: VolunteerPick[]): void;
  onTick(): void;
}

export function PasteBox({ listedIds, onFound, onTick }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [notes, setNotes] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (!text.trim()) return;
    setBusy(true);
    try {
      const picks = await call('volunteers.service.picks', { lines: text });
      const said: string[] = picks.unmatched.map((u) =>
        t('volunteerHours.unmatched', {
          line: u.line,
          text: u.text,
          reason: t(`errors.${u.code}`),
        }),
      );
      for (const p of picks.found.filter((f) => !f.active))
        said.push(t('volunteerHours.notActive', { name: p.name, number: p.number }));
      for (const p of picks.found.filter((f) => f.active && listedIds.has(f.id)))
        said.push(t('volunteerHours.already', { name: p.name }));
      onFound(picks.found.filter((f) => f.active));
      const badLines = new Set(picks.unmatched.map((u) => u.line));
      setText(
        text
          .split(/\r\n|\r|\n/)
          .filter((_, n) => badLines.has(n + 1))
          .join('\n'),
      );
      setNotes(said);
    } catch (caught) {
      setNotes([errorText(t, caught)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="vol-paste">
      <textarea
        aria-label={t('volunteerHours.paste')}
        placeholder={`${t('volunteerHours.paste')}\n${t('volunteerHours.pasteHint')}`}
        rows={4}
        maxLength={ID_LIST_MAX}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
          event.preventDefault();
          void find();
        }}
      />
      <div className="vol-paste-actions">
        <Button busy={busy} disabled={!text.trim()} onClick={() => void find()}>
          {t('volunteerHours.addPasted')}
        </Button>
        <Button onClick={onTick}>{t('volunteerHours.tick')}</Button>
      </div>
      {notes.length > 0 && (
        <ul className="vol-row-errors" aria-live="polite">
          {notes.map((note, n) => (
            <li key={n} className="field-error">
              {note}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
