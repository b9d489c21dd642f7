// 星级与时长 (#/volunteer-stars): volunteers and approved hours of a year, volunteers by star level (from all-time
// approved hours, at the office's thresholds), and those who reached a new star in the year. The thresholds are
// edited here by whoever keeps the roster. At the city, of the office picked: a county's read-only, at its thresholds.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VOLUNTEER_CLERKS } from '@core/volunteers/contract';
import { STAR_LEVELS } from '@rules/volunteers';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { Button, PageHeader } from '../../../ui';
import { RosterOfficeSelect, useRosterOffice } from '../../rosters/rosterOffice';
import { useLoad } from '../../stock/useLoad';
import { hoursText, starsText, thisYear } from '../hoursText';
import '../volunteers.css';
import { ThresholdsDialog } from './ThresholdsDialog';

export function StarsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const office = useRosterOffice();
  const officeCode = office.county;
  const [year, setYear] = useState(thisYear());
  const [stats, reloadStats] = useLoad(() => call('volunteers.stats', { year, officeCode }), [year, officeCode]);
  const [milestones, reloadMilestones] = useLoad(
    () => call('volunteers.milestones', { year, officeCode }),
    [year, officeCode],
  );
  const [editing, setEditing] = useState(false);
  const s = (key: string, values: Record<string, unknown> = {}) => t(`volunteerStars.${key}`, values);
  const years = Array.from({ length: 6 }, (_, n) => thisYear() - n);
  return (
    <div className="page vol-stars-page">
      <PageHeader title={s('title')}>
        <select aria-label={s('year')} value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        {session.allows(VOLUNTEER_CLERKS) && !office.readOnly && stats && (
          <Button onClick={() => setEditing(true)}>{s('settings')}</Button>
        )}
      </PageHeader>
      <RosterOfficeSelect choice={office} />
      {stats && (
        <>
          <div className="vol-cards">
            <div className="vol-card">
              <span>{s('volunteers')}</span>
              <b>{stats.volunteers}</b>
            </div>
            <div className="vol-card">
              <span>{s('approvedHours', { year })}</span>
              <b>{s('hoursUnit', { hours: hoursText(stats.approvedHalfHours) })}</b>
            </div>
          </div>
          <h2 className="vol-h2">{s('byStar')}</h2>
          <table className="data-table vol-star-table">
            <tbody>
              {STAR_LEVELS.map((level) => (
                <tr key={level}>
                  <th>
                    <span className="vol-stars">{starsText(level)}</span> {s(`star.${level}`)}
                  </th>
                  <td>{level > 0 ? s('threshold', { hours: stats.thresholds[level - 1] }) : ''}</td>
                  <td className="num">{s('people', { count: stats.byStar[level] })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2 className="vol-h2">{s('milestones', { year })}</h2>
      {milestones?.length === 0 && <p className="vol-empty">{s('milestonesEmpty', { year })}</p>}
      {milestones && milestones.length > 0 && (
        <table className="data-table vol-milestones">
          <thead>
            <tr>
              <th>{s('col.number')}</th>
              <th>{s('col.name')}</th>
              <th>{s('col.before')}</th>
              <th>{s('col.now')}</th>
              <th>{s('col.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((m) => (
              <tr key={m.volunteerId}>
                <td className="mono">{m.number}</td>
                <td>{m.name}</td>
                <td>{s(`star.${m.starBefore}`)}</td>
                <td>
                  <span className="vol-stars">{starsText(m.star)}</span> {s(`star.${m.star}`)}
                </td>
                <td className="num">{s('hoursUnit', { hours: hoursText(m.approvedHalfHours) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {stats && (
        <ThresholdsDialog
          open={editing}
          current={stats.thresholds}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            reloadStats();
            reloadMilestones();
          }}
        />
      )}
    </div>
  );
}
