// 从名册勾选: the active volunteers (a team's, or found by name, pinyin or number), ticked with Space and added to
// the entry's list at once. Those already listed are shown ticked and cannot be ticked again.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerRow } from '@core/volunteers/roster/contract';
import { call } from '../../../api/client';
import { Dialog } from '../../../ui';
import { useLoad } from '../../stock/useLoad';
import { useGroups } from '../useGroups';

interface Props {
  open: boolean;
  listedIds: ReadonlySet<string>;
  onClose(): void;
  onAdd(rows: VolunteerRow[]): void;
}

export function TickDialog({ open, listedIds, onClose, onAdd }: Props) {
  const { t } = useTranslation();
  const { teams } = useGroups();
  const [search, setSearch] = useState('');
  const [teamId, setTeamId] = useState('');
  const [chosen, setChosen] = useState<Map<string, VolunteerRow>>(new Map());
  const [page] = useLoad(
    () =>
      open
        ? call('volunteers.list', {
            status: 'active',
            ...(search.trim() ? { search: search.trim() } : {}),
            ...(teamId ? { teamId } : {}),
            sort: [{ column: 'number', direction: 'asc' }],
            offset: 0,
            limit: 500,
          })
        : Promise.resolve(null),
    [open, search, teamId],
  );
  useEffect(() => {
    if (open) setChosen(new Map());
  }, [open]);
  const rows = (page?.rows ?? []).filter((r) => !listedIds.has(r.id));
  const toggle = (row: VolunteerRow, on: boolean) =>
    setChosen((current) => {
      const next = new Map(current);
      if (on) next.set(row.id, row);
      else next.delete(row.id);
      return next;
    });
  return (
    <Dialog
      open={open}
      title={t('volunteerHours.tickTitle')}
      onClose={onClose}
      onSubmit={() => onAdd([...chosen.values()])}
      submitLabel={t('volunteerHours.tickAdd', { count: chosen.size })}
      dirty={chosen.size > 0}
      width="large"
    >
      <div className="vol-filters">
        <input
          type="search"
          aria-label={t('volunteerHours.tickSearch')}
          placeholder={t('volunteerHours.tickSearch')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select aria-label={t('volunteerHours.tickTeam')} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
          <option value="">{t('volunteers.allTeams')}</option>
          {teams.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        {rows.length > 0 && (
          <label className="check">
            <input
              type="checkbox"
              checked={rows.every((r) => chosen.has(r.id))}
              onChange={(event) => rows.forEach((r) => toggle(r, event.target.checked))}
            />
            {t('volunteerHours.tickAll')}
          </label>
        )}
      </div>
      {page && rows.length === 0 && <p className="muted">{t('volunteerHours.tickNone')}</p>}
      <div className="vol-tick-list">
        {rows.map((row) => (
          <label key={row.id} className="check">
            <input type="checkbox" checked={chosen.has(row.id)} onChange={(e) => toggle(row, e.target.checked)} />
            <span className="mono">{row.number}</span> {row.name}
            <span className="muted"> {row.teams.map((g) => g.name).join('、')}</span>
          </label>
        ))}
      </div>
    </Dialog>
  );
}
