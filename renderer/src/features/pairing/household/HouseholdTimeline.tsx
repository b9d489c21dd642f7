// One household's timeline, for its page (and the household register's page to embed): every visit and everything
// the household received - a visit's goods with the visit, campaign distributions and other issues to any member -
// in a year or all time, newest first, with the year's totals. A visit's goods show their issue's state; a reversed
// issue is struck through.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent, TimelineIssue } from '@core/pairing/household/contract';
import { call } from '../../../api/client';
import { fenToYuan } from '../../stock/money';
import { useLoad } from '../../stock/useLoad';
import '../pairing.css';

const goodsText = (issue: TimelineIssue) => issue.lines.map((l) => `${l.itemName} ${l.quantity} ${l.unit}`).join('、');

function IssueLine({ issue }: { issue: TimelineIssue }) {
  const { t } = useTranslation();
  const x = (key: string, values: Record<string, unknown> = {}) => t(`timeline.${key}`, values);
  return (
    <div className={issue.reversed ? 'pairing-event-issue pairing-reversed' : 'pairing-event-issue'}>
      {x('goods', { goods: goodsText(issue) })}
      <span className="muted">
        {'　'}
        {x('document', { number: issue.number, status: t(`visits.documentStatus.${issue.status}`) })}
        {issue.campaignName && `　${issue.campaignName}`}
        {issue.recipientName && `　${x('recipient', { name: issue.recipientName })}`}
        {issue.reversed && `　${x('reversed')}`}
      </span>
    </div>
  );
}

function Event({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const x = (key: string, values: Record<string, unknown> = {}) => t(`timeline.${key}`, values);
  const kind = event.visit ? 'visit' : event.issue?.campaignName ? 'campaign' : 'issue';
  return (
    <li className="pairing-event">
      <span className="pairing-event-date">{event.date}</span>
      <span className={`pairing-badge pairing-badge-${kind}`}>{x(`kind.${kind}`)}</span>
      <div className="pairing-event-body">
        {event.visit && (
          <>
            <div>
              {x('cadre', { name: event.visit.cadreName })}
              {event.visit.moneyFen > 0 && `　${x('money', { money: fenToYuan(event.visit.moneyFen) })}`}
              <span className="muted">　{x(event.visit.acknowledged ? 'signed' : 'unsigned')}</span>
            </div>
            {event.visit.found && <div>{x('found', { text: event.visit.found })}</div>}
            {event.visit.done && <div>{x('done', { text: event.visit.done })}</div>}
          </>
        )}
        {event.issue && <IssueLine issue={event.issue} />}
      </div>
    </li>
  );
}

export function HouseholdTimeline({ householdId, version = 0 }: { householdId: string; version?: number }) {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const [timeline] = useLoad(() => call('pairing.timeline', { householdId, year }), [householdId, year, version]);
  const x = (key: string, values: Record<string, unknown> = {}) => t(`timeline.${key}`, values);
  return (
    <section className="pairing-timeline" aria-label={t('household.timeline')}>
      <div className="vol-filters">
        <label className="pairing-inline">
          {x('year')}
          <select value={year ?? ''} onChange={(e) => setYear(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{x('allYears')}</option>
            {(timeline?.years ?? []).map((y) => (
              <option key={y} value={y}>
                {x('yearOption', { year: y })}
              </option>
            ))}
          </select>
        </label>
        {timeline && (
          <span className="pairing-totals">
            {x('totals', {
              visits: timeline.totals.visits,
              money: fenToYuan(timeline.totals.moneyFen),
              issues: timeline.totals.issues,
              value: fenToYuan(timeline.totals.goodsValueFen),
            })}
          </span>
        )}
      </div>
      {timeline && timeline.events.length === 0 && <p className="muted">{x('empty')}</p>}
      <ol className="pairing-events">
        {(timeline?.events ?? []).map((event) => (
          <Event key={`${event.kind}-${event.visit?.id ?? event.issue?.documentId}`} event={event} />
        ))}
      </ol>
    </section>
  );
}
