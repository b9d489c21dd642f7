// What the check of a legacy register found: the counts, every bad row (row, field, problem in words) and the
// first rows that will go in.
import { useTranslation } from 'react-i18next';
import type { LegacyImportResult } from '@core/training/legacy/contract';

export function LegacyPreview({ result }: { result: LegacyImportResult }) {
  const { t, i18n } = useTranslation();
  const problem = (code: string) =>
    i18n.exists(`legacyRows.${code}`) ? t(`legacyRows.${code}`) : t(`errors.${code}`, { defaultValue: code });
  return (
    <>
      <p className="legacy-summary">
        {t('trainingLegacy.summary', { rows: result.rows, valid: result.valid, invalid: result.invalid })}
        {result.valid > 0 && t('trainingLegacy.people', { matched: result.peopleMatched, added: result.peopleAdded })}
      </p>
      {result.errors.length > 0 && (
        <table className="report-table legacy-errors" aria-label={t('trainingLegacy.badRows')}>
          <caption>{t('trainingLegacy.badRows')}</caption>
          <thead>
            <tr>
              <th className="num">{t('trainingLegacy.row')}</th>
              <th>{t('trainingLegacy.field')}</th>
              <th>{t('trainingLegacy.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.map((e) => (
              <tr key={`${e.row}/${e.field}/${e.code}`}>
                <td className="num">{e.row}</td>
                <td>{t(`trainingLegacy.fields.${e.field}`)}</td>
                <td>{problem(e.code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.errorsTruncated && <p className="muted">{t('trainingLegacy.more')}</p>}
      {result.preview.length > 0 && (
        <table
          className="report-table legacy-preview"
          aria-label={t('trainingLegacy.preview', { count: result.preview.length })}
        >
          <caption>{t('trainingLegacy.preview', { count: result.preview.length })}</caption>
          <thead>
            <tr>
              <th className="num">{t('trainingLegacy.row')}</th>
              <th>{t('trainingLegacy.fields.name')}</th>
              <th>{t('trainingLegacy.fields.idNumber')}</th>
              <th>{t('trainingLegacy.fields.certificateNumber')}</th>
              <th>{t('trainingLegacy.fields.kind')}</th>
              <th>{t('trainingLegacy.fields.issueDate')}</th>
              <th>{t('trainingLegacy.fields.expiryDate')}</th>
              <th>{t('trainingLegacy.fields.township')}</th>
              <th>{t('trainingLegacy.person')}</th>
            </tr>
          </thead>
          <tbody>
            {result.preview.map((r) => (
              <tr key={r.row}>
                <td className="num">{r.row}</td>
                <td>{r.name}</td>
                <td>{r.idMasked}</td>
                <td>{r.certificateNumber}</td>
                <td>{r.kindName}</td>
                <td>{r.issueDate}</td>
                <td>{r.expiryDate}</td>
                <td>{r.township}</td>
                <td>{t(`trainingLegacy.${r.person}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
