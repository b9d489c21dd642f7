// A person's registrations (one card each, with the kind's own facts and its actions) and their donations (a
// table, newest first, voided ones struck through with their reason), as the person view shows them.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DonorDonationRow, DonorPerson, DonorRegistrationRow } from '@core/donors/contract';
import { Button } from '../../../ui';

interface Actions {
  /** Null in the city, where a county's records are read only. */
  onEdit?(row: DonorRegistrationRow): void;
  onVoid?(row: DonorRegistrationRow): void;
  onDonate?(row: DonorRegistrationRow): void;
  onVoidDonation?(row: DonorDonationRow): void;
}

function RegistrationCard({ row, actions }: { row: DonorRegistrationRow; actions: Actions }) {
  const { t } = useTranslation();
  const facts: [string, string | null][] = [
    [t('donors.field.place'), row.place],
    [t('donors.field.sampleDate'), row.sampleDate],
    [t('donors.field.initialMatchDate'), row.initialMatchDate],
    [t('donors.field.highResolutionDate'), row.highResolutionDate],
    [t('donors.field.medicalExamDate'), row.medicalExamDate],
    [t('donors.field.stage'), row.stage && t(`donors.stage.${row.stage}`)],
    [t('donors.field.registrationNumber'), row.registrationNumber],
    [
      t('donors.field.familyConsent'),
      row.familyConsent === null ? null : t(`donors.consent.${row.familyConsent ? 'yes' : 'no'}`),
    ],
    [t('donors.field.consentBy'), row.consentBy],
    [t('donors.field.bloodMl'), row.kind === 'blood' && row.bloodMl > 0 ? t('donors.ml', { ml: row.bloodMl }) : null],
    [t('donors.field.notes'), row.notes],
  ];
  return (
    <section
      className={row.voided ? 'donor-card donor-card-voided' : 'donor-card'}
      aria-label={t(`donors.kind.${row.kind}`)}
    >
      <h3>
        {t(`donors.kind.${row.kind}`)}
        <span className="muted">{t('donors.person.registeredOn', { date: row.registrationDate })}</span>
      </h3>
      {row.voided && <p className="donor-void-note">{t('donors.person.voided', { reason: row.voidReason ?? '' })}</p>}
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
      </dl>
      {!row.voided && actions.onEdit && (
        <div className="donor-card-actions">
          <Button variant="primary" onClick={() => actions.onDonate?.(row)}>
            {t('donors.person.addDonation')}
          </Button>
          <Button onClick={() => actions.onEdit?.(row)}>{t('donors.person.edit')}</Button>
          <Button variant="danger" onClick={() => actions.onVoid?.(row)}>
            {t('donors.person.void')}
          </Button>
        </div>
      )}
    </section>
  );
}

export function PersonRecord({ record, actions }: { record: DonorPerson; actions: Actions }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="donor-section-title">{t('donors.person.registrations')}</h3>
      <div className="donor-cards">
        {record.registrations.map((row) => (
          <RegistrationCard key={row.id} row={row} actions={actions} />
        ))}
      </div>
      <h3 className="donor-section-title">{t('donors.person.donations')}</h3>
      {record.donations.length === 0 ? (
        <p className="muted">{t('donors.person.noDonations')}</p>
      ) : (
        <table className="table donor-donations">
          <thead>
            <tr>
              <th>{t('donors.field.donationDate')}</th>
              <th>{t('donors.field.kind')}</th>
              <th className="num">{t('donors.field.amountMl')}</th>
              <th>{t('donors.field.donationPlace')}</th>
              <th>{t('donors.field.notes')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {record.donations.map((d) => (
              <tr key={d.id} className={d.voided ? 'donor-row-voided' : undefined}>
                <td>{d.donationDate}</td>
                <td>{t(`donors.kind.${d.kind}`)}</td>
                <td className="num">{d.amountMl ?? ''}</td>
                <td>{d.place}</td>
                <td>{d.voided ? t('donors.person.voided', { reason: d.voidReason ?? '' }) : d.notes}</td>
                <td>
                  {!d.voided && actions.onVoidDonation && (
                    <Button onClick={() => actions.onVoidDonation?.(d)}>{t('donors.person.voidDonation')}</Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
