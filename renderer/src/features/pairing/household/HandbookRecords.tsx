// The 扶贫手册's later sections: every cadre the household has had (帮扶责任人, a change adds a row), the measures
// (一户一策), the visits and what it received, and the results the household signed for, with incomes by year and
// the changes of its status.
import { useTranslation } from 'react-i18next';
import type { HouseholdHandbook, TimelineEvent } from '@core/pairing/household/contract';
import { MONITORING_WORDS, POVERTY_STATUS_WORDS } from '@rules/households';
import { CADRE_LEVEL_WORDS } from '@rules/pairing';
import { fenToYuan } from '../../stock/money';

const goods = (event: TimelineEvent) =>
  event.issue && !event.issue.reversed && event.issue.status === 'posted'
    ? event.issue.lines.map((l) => `${l.itemName}${l.quantity}${l.unit}`).join('、')
    : '';

export function HandbookRecords({ book }: { book: HouseholdHandbook }) {
  const { t } = useTranslation();
  const b = (key: string, values: Record<string, unknown> = {}) => t(`handbook.${key}`, values);
  const c = (key: string) => t(`handbook.col.${key}`);
  const heads = (keys: string[]) => (
    <thead>
      <tr>
        {keys.map((key) => (
          <th key={key}>{c(key)}</th>
        ))}
      </tr>
    </thead>
  );
  const { measures, incomes, statusHistory } = book.poverty;
  const status = (code: keyof typeof POVERTY_STATUS_WORDS, category: keyof typeof MONITORING_WORDS | null) =>
    [POVERTY_STATUS_WORDS[code][0], category ? MONITORING_WORDS[category][0] : ''].filter(Boolean).join(' · ');
  return (
    <>
      <h2 className="sheet-section">{b('cadres')}</h2>
      <table className="sheet-table">
        {heads(['cadre', 'unit', 'level', 'phone', 'from', 'to'])}
        <tbody>
          {book.cadres.map((p) => (
            <tr key={p.id}>
              <td>{p.cadreName}</td>
              <td>{p.cadreUnit}</td>
              <td className="center">{p.cadreLevel ? CADRE_LEVEL_WORDS[p.cadreLevel][0] : ''}</td>
              <td className="nowrap">{p.cadrePhone}</td>
              <td className="nowrap">{p.fromDate}</td>
              <td className="nowrap">{p.toDate ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="sheet-section">{b('measures')}</h2>
      <table className="sheet-table">
        {heads(['kind', 'project', 'scale', 'funds', 'period'])}
        <tbody>
          {measures.map((m) => (
            <tr key={m.id}>
              <td>{m.kind ? b(`measureKind.${m.kind}`) : ''}</td>
              <td>{m.project}</td>
              <td>{m.scale}</td>
              <td className="num">{m.fundsFen === null ? '' : fenToYuan(m.fundsFen)}</td>
              <td className="nowrap">{[m.startDate, m.endDate].filter(Boolean).join(' ~ ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="sheet-section">{b('visits')}</h2>
      <table className="sheet-table pairing-handbook-visits">
        <colgroup>
          <col className="pairing-col-date" />
          <col className="pairing-col-who" />
          <col />
          <col />
          <col className="pairing-col-money" />
          <col className="pairing-col-goods" />
          <col className="pairing-col-signed" />
        </colgroup>
        {heads(['date', 'cadre', 'found', 'done', 'money', 'goods', 'signed'])}
        <tbody>
          {book.timeline.map((event) => (
            <tr key={`${event.kind}-${event.visit?.id ?? event.issue?.documentId}`}>
              <td className="nowrap">{event.date}</td>
              <td className="nowrap">
                {event.visit?.cadreName ??
                  event.issue?.campaignName ??
                  b('issuedTo', { name: event.issue?.recipientName ?? '' })}
              </td>
              <td>{event.visit?.found ?? ''}</td>
              <td>{event.visit?.done ?? ''}</td>
              <td className="num">{event.visit && event.visit.moneyFen > 0 ? fenToYuan(event.visit.moneyFen) : ''}</td>
              <td>{goods(event)}</td>
              <td className="center nowrap">{event.visit ? (event.visit.acknowledged ? '✓' : '') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="sheet-section">{b('results')}</h2>
      <table className="sheet-table">
        {heads(['project', 'result', 'signed'])}
        <tbody>
          {measures.map((m) => (
            <tr key={m.id}>
              <td>{m.project}</td>
              <td>{m.result ?? ''}</td>
              <td className="center">{m.acknowledged ? '✓' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {incomes.length > 0 && (
        <table className="sheet-table pairing-handbook-incomes">
          {heads(['year', 'income'])}
          <tbody>
            {incomes.map((income) => (
              <tr key={income.id}>
                <td className="center">{income.year}</td>
                <td className="num">{fenToYuan(income.incomeFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {statusHistory.length > 0 && (
        <p className="sheet-note">
          {b('statusHistory')}：
          {statusHistory
            .map((s) => `${s.changeDate} ${status(s.fromStatus, s.fromCategory)} → ${status(s.toStatus, s.toCategory)}`)
            .join('；')}
        </p>
      )}
      <p className="sheet-note">
        {b('received', {
          visits: book.totals.visits,
          money: fenToYuan(book.totals.moneyFen),
          issues: book.totals.issues,
          value: fenToYuan(book.totals.goodsValueFen),
        })}
      </p>
    </>
  );
}
