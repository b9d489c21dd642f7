// A service-record proof on A4: the office, title and number, the volunteer (ID number masked unless revealed by
// who may see it), the period, hours and content, and the issuing office, person in charge, handler and date.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { Button } from '../../../ui';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { PrintView } from '../../../ui/print/PrintView';
import { useLoad } from '../../stock/useLoad';
import { hoursText } from '../hoursText';

export function ProofPrint({ id, canReveal, onBack }: { id: string; canReveal: boolean; onBack(): void }) {
  const { t } = useTranslation();
  const [proof] = useLoad(() => call('volunteers.proofs.get', { id }), [id]);
  const [idNumber, setIdNumber] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const s = (key: string) => t(`volunteerProofs.sheet.${key}`);
  const reveal = async () => {
    if (!proof) return;
    try {
      setIdNumber((await call('people.revealId', { id: proof.personId })).idNumber);
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  return (
    <PrintView title={`${s('title')} ${proof?.number ?? ''}`} ready={proof !== null} error={error} onBack={onBack}>
      {proof && (
        <>
          {canReveal && idNumber === null && (
            <div className="print-toolbar-extra">
              <Button onClick={() => void reveal()}>{s('reveal')}</Button>
            </div>
          )}
          <PrintSheet
            officeName={proof.issuerName}
            title={s('title')}
            number={proof.number}
            facts={[
              { label: t('volunteers.field.name'), value: proof.name },
              {
                label: t('volunteers.field.idNumber'),
                value: <span className="mono">{idNumber ?? proof.idNumber}</span>,
              },
              { label: t('volunteers.field.number'), value: <span className="mono">{proof.volunteerNumber}</span> },
              {
                label: t('volunteerProofs.col.period'),
                value: `${formatDate(proof.periodStart)} — ${formatDate(proof.periodEnd)}`,
              },
              {
                label: t('volunteerProofs.col.hours'),
                value: t('volunteers.hoursValue', { hours: hoursText(proof.halfHours) }),
              },
              { label: s('content'), value: proof.content, wide: true },
            ]}
            footnote={s('note')}
          >
            <p className="vol-proof-body">
              {t('volunteerProofs.sheet.body', {
                name: proof.name,
                from: formatDate(proof.periodStart),
                to: formatDate(proof.periodEnd),
                hours: hoursText(proof.halfHours),
              })}
            </p>
            <dl className="vol-proof-sign">
              <div>
                <dt>{s('office')}</dt>
                <dd>{proof.issuerName}</dd>
              </div>
              <div>
                <dt>{s('personInCharge')}</dt>
                <dd>{proof.personInCharge}</dd>
              </div>
              <div>
                <dt>{s('handler')}</dt>
                <dd>{proof.handler}</dd>
              </div>
              {proof.contact && (
                <div>
                  <dt>{s('contact')}</dt>
                  <dd>{proof.contact}</dd>
                </div>
              )}
              <div>
                <dt>{s('date')}</dt>
                <dd>{formatDate(proof.issueDate)}</dd>
              </div>
            </dl>
          </PrintSheet>
        </>
      )}
    </PrintView>
  );
}
