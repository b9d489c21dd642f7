// 扶贫手册 (#/pairing-visits/handbook/<id>): the household's file on A4 for the household to keep - basic facts,
// members with labour, health and schooling, causes, every cadre it has had, measures, visits and what it received,
// results signed by the household - with the 扶贫手册's own words for each code (rules/households.ts).
import { useTranslation } from 'react-i18next';
import type { HouseholdHandbook } from '@core/pairing/household/contract';
import {
  ATTRIBUTE_WORDS,
  CAUSE_WORDS,
  HEALTH_WORDS,
  LABOUR_WORDS,
  MONITORING_WORDS,
  POVERTY_STATUS_WORDS,
  RELATION_WORDS,
  SCHOOL_STAGE_WORDS,
} from '@rules/households';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { PrintView } from '../../../ui/print/PrintView';
import { useLoad } from '../../stock/useLoad';
import '../pairing.css';
import { HandbookRecords } from './HandbookRecords';

const word = <C extends string>(words: Record<C, readonly string[]>, code: C | null | undefined) =>
  code ? words[code][0]! : '';

export function HandbookPrint({ householdId, onBack }: { householdId: string; onBack(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [book] = useLoad(() => call('pairing.handbook', { householdId }), [householdId]);
  const b = (key: string) => t(`handbook.${key}`);
  return (
    <PrintView title={`${b('title')} ${book?.household.number ?? ''}`} ready={book !== null} onBack={onBack}>
      {book && (
        <PrintSheet
          officeName={session.office.name}
          title={b('title')}
          signatures={[b('signHead'), b('signCadre')]}
          footnote={b('keep')}
        >
          <h2 className="sheet-section">{b('basic')}</h2>
          <dl className="sheet-facts">
            {basicFacts(book, b).map((fact) => (
              <div key={fact.label} className={fact.wide ? 'sheet-fact sheet-fact-wide' : 'sheet-fact'}>
                <dt>{fact.label}：</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
          <Members book={book} />
          <h2 className="sheet-section">{b('causes')}</h2>
          <p className="sheet-note">
            {book.poverty.file
              ? `${b('mainCause')}：${word(CAUSE_WORDS, book.poverty.file.mainCause)}；${b('secondaryCause')}：${
                  word(CAUSE_WORDS, book.poverty.file.secondaryCause) || b('none')
                }`
              : b('noFile')}
          </p>
          <HandbookRecords book={book} />
        </PrintSheet>
      )}
    </PrintView>
  );
}

function basicFacts(book: HouseholdHandbook, b: (key: string) => string) {
  const { household, poverty } = book;
  const file = poverty.file;
  const status = file
    ? [word(POVERTY_STATUS_WORDS, file.status), word(MONITORING_WORDS, file.monitoringCategory)]
        .filter(Boolean)
        .join(' · ')
    : b('noFile');
  const area = (hundredths: number | null | undefined) => (hundredths == null ? '' : String(hundredths / 100));
  return [
    { label: b('number'), value: household.number },
    { label: b('head'), value: household.headName },
    { label: b('idNumber'), value: household.headIdNumber },
    { label: b('attribute'), value: word(ATTRIBUTE_WORDS, household.attribute) },
    {
      label: b('address'),
      value: [household.township, household.village, household.villageGroup, household.address]
        .filter(Boolean)
        .join(' '),
      wide: true,
    },
    { label: b('phone'), value: household.phone ?? household.headMobile ?? '' },
    { label: b('size'), value: String(household.size) },
    { label: b('identified'), value: file?.identifiedDate ?? '' },
    { label: b('status'), value: status },
    { label: b('land'), value: area(file?.landAreaHundredthsMu) },
    { label: b('housing'), value: area(file?.housingAreaHundredthsM2) },
    { label: b('housingGrade'), value: file?.housingSafetyGrade ?? '' },
  ];
}

function Members({ book }: { book: HouseholdHandbook }) {
  const { t } = useTranslation();
  const c = (key: string) => t(`handbook.col.${key}`);
  return (
    <>
      <h2 className="sheet-section">{t('handbook.members')}</h2>
      <table className="sheet-table">
        <thead>
          <tr>
            {['seq', 'name', 'gender', 'relation', 'idNumber', 'labour', 'health', 'school'].map((key) => (
              <th key={key}>{c(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {book.household.members.map((m, n) => (
            <tr key={m.membershipId}>
              <td className="num">{n + 1}</td>
              <td>{m.name}</td>
              <td className="center">{m.gender ? t(`people.gender.${m.gender}`) : ''}</td>
              <td className="center">{word(RELATION_WORDS, m.relation)}</td>
              <td className="nowrap">{m.idNumber}</td>
              <td>{word(LABOUR_WORDS, m.labour)}</td>
              <td>
                {word(HEALTH_WORDS, m.health)}
                {m.disabilityGrade ? ` ${m.disabilityGrade}级` : ''}
              </td>
              <td>{word(SCHOOL_STAGE_WORDS, m.schoolStage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
