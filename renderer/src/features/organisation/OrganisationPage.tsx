// 组织概览 (#/organisation): the office's Red Cross rosters at a glance - volunteers on the roster and registered this
// year, hours waiting for approval, members by kind with the lapsed and those about to lapse, and this year's
// approved hours by month, and the rescue teams' readiness. A figure opens the list it counts where the app has that list.
// At the city the dashboard is of the office picked (the own or a county's); the lists it opens show that office too.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDashboard } from '@core/organisation/contract';
import { call } from '../../api/client';
import { navigate } from '../../app/route';
import { useSession } from '../../app/session';
import { PageHeader } from '../../ui';
import { RosterOfficeSelect, useRosterOffice } from '../rosters/rosterOffice';
import { Chart } from '../stock/dashboard/Chart';
import '../stock/stock.css';
import { useLoad } from '../stock/useLoad';
import { hoursText } from '../volunteers/hoursText';
import { ROSTER_PAGE, rosterLinkPath, type RosterLink } from '../volunteers/roster/rosterLink';
import { Figure } from './Figure';
import { hoursByMonthChart } from './hoursChart';
import './organisation.css';

function Card({ title, children, note }: { title: string; children: React.ReactNode; note?: string }) {
  return (
    <section className="dash-card org-card" aria-label={title}>
      <header className="dash-card-head">
        <h2>{title}</h2>
      </header>
      <div className="org-figures">{children}</div>
      {note && <p className="dash-note">{note}</p>}
    </section>
  );
}

const openRoster = (link: RosterLink) => () => navigate(ROSTER_PAGE, ...rosterLinkPath(link));

function VolunteerCard({ data }: { data: OrganisationDashboard }) {
  const { t } = useTranslation();
  const o = (key: string) => t(`organisation.volunteers.${key}`);
  return (
    <Card title={o('title')} note={o('note')}>
      <Figure
        label={o('active')}
        value={data.volunteers.active}
        unit={t('organisation.people')}
        opens={{ name: o('activeList'), open: openRoster({ status: 'active' }) }}
      />
      <Figure
        label={o('registeredThisYear')}
        value={data.volunteers.registeredThisYear}
        unit={t('organisation.people')}
        opens={{
          name: o('registeredList'),
          open: openRoster({ registeredFrom: `${data.year}-01-01`, registeredTo: `${data.year}-12-31` }),
        }}
      />
    </Card>
  );
}

function PendingCard({ data }: { data: OrganisationDashboard }) {
  const { t } = useTranslation();
  const city = useSession().office.role === 'city';
  const p = (key: string) => t(`organisation.pending.${key}`);
  // The approval list is a county office's page; the city has none to open.
  const opens = city ? undefined : { name: p('list'), open: () => navigate('volunteer-approval') };
  const tone = data.pending.records > 0 ? 'amber' : undefined;
  return (
    <Card title={p('title')} note={data.pending.records === 0 ? p('none') : p('note')}>
      <Figure
        label={p('records')}
        value={data.pending.records}
        unit={t('organisation.records')}
        opens={opens}
        tone={tone}
      />
      <Figure
        label={p('hours')}
        value={hoursText(data.pending.halfHours)}
        unit={t('organisation.hours')}
        opens={opens}
        tone={tone}
      />
    </Card>
  );
}

function MemberCard({ data }: { data: OrganisationDashboard }) {
  const { t } = useTranslation();
  const m = (key: string) => t(`organisation.members.${key}`);
  const { members } = data;
  const unit = t('organisation.people');
  return (
    <Card title={m('title')} note={m('note')}>
      <Figure
        label={m('members')}
        value={members.members}
        unit={unit}
        opens={{ name: m('roster'), open: () => navigate('members') }}
      />
      <Figure
        label={m('lapsed')}
        value={members.lapsed}
        unit={unit}
        tone={members.lapsed ? 'red' : undefined}
        opens={{ name: m('lapsedList'), open: () => navigate('member-lists', 'lapsed') }}
      />
      <Figure
        label={m('aboutToLapse')}
        value={members.aboutToLapse}
        unit={unit}
        tone={members.aboutToLapse ? 'amber' : undefined}
        opens={{ name: m('callList'), open: () => navigate('member-lists') }}
      />
      <p className="org-kinds">
        {(['individual', 'youth', 'group'] as const).map((kind) => (
          <span key={kind}>
            {m(kind)} <b>{members.byKind[kind].toLocaleString()}</b>
          </span>
        ))}
      </p>
    </Card>
  );
}

function RescueCard({ data }: { data: OrganisationDashboard }) {
  const { t } = useTranslation();
  const r = (key: string, values: Record<string, unknown> = {}) => t(`organisation.rescue.${key}`, values);
  const { rescue } = data;
  const opens = { name: r('list'), open: () => navigate('rescue-teams') };
  const unit = t('organisation.people');
  const expiring = rescue.expiring > 0 ? `${r('expiring', { count: rescue.expiring })} ` : '';
  return (
    <Card title={r('title')} note={expiring + r('note')}>
      <Figure label={r('teams')} value={rescue.teams} unit={r('teamUnit')} opens={opens} />
      <Figure label={r('members')} value={rescue.members} unit={unit} opens={opens} />
      <Figure label={r('ready')} value={rescue.ready} unit={unit} opens={opens} />
      <Figure
        label={r('notReady')}
        value={rescue.notReady}
        unit={unit}
        opens={opens}
        tone={rescue.notReady ? 'red' : undefined}
      />
    </Card>
  );
}

function ApprovedCard({ data }: { data: OrganisationDashboard }) {
  const { t, i18n } = useTranslation();
  const a = (key: string, values: Record<string, unknown> = {}) => t(`organisation.approved.${key}`, values);
  const option = useMemo(
    () => hoursByMonthChart(t, i18n.language, data.approvedByMonth),
    [t, i18n.language, data.approvedByMonth],
  );
  return (
    <section className="dash-card org-card org-approved" aria-label={a('title', { year: data.year })}>
      <header className="dash-card-head">
        <h2>{a('title', { year: data.year })}</h2>
      </header>
      <div className="org-approved-body">
        <div className="org-figures">
          <Figure
            label={a('total')}
            value={hoursText(data.approvedHalfHours)}
            unit={t('organisation.hours')}
            opens={{ name: a('list'), open: () => navigate('volunteer-stars') }}
          />
          <p className="dash-note">{a('note')}</p>
        </div>
        {data.approvedHalfHours === 0 ? (
          <p className="dash-empty">{a('none')}</p>
        ) : (
          <Chart option={option} label={a('byMonth')} height={230} />
        )}
      </div>
    </section>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const office = useRosterOffice();
  const officeCode = office.county;
  const [data] = useLoad(() => call('organisation.dashboard', { officeCode }), [officeCode]);
  return (
    <div className="page org-page">
      <PageHeader title={t('organisation.title')}>
        {data && <span className="muted">{t('organisation.year', { year: data.year })}</span>}
      </PageHeader>
      <RosterOfficeSelect choice={office} />
      {!data ? (
        <p className="muted">{t('organisation.loading')}</p>
      ) : (
        <>
          <div className="org-cards">
            <VolunteerCard data={data} />
            <PendingCard data={data} />
            <MemberCard data={data} />
            <RescueCard data={data} />
          </div>
          <ApprovedCard data={data} />
        </>
      )}
    </div>
  );
}
