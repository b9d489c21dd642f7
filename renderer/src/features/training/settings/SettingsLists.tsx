// The three small lists of 培训设置: names recognised on import, township populations and annual targets. Each
// row is added or changed by a one-line form under its table.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingKindRow } from '@core/training/kinds/contract';
import { errorText } from '@renderer/i18n';
import { Button, useToast } from '@renderer/ui';
import { useLoad } from '../../stock/useLoad';
import { trainingCall } from '../api';

const count = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

function useRun() {
  const { t } = useTranslation();
  const toast = useToast();
  return async (work: () => Promise<unknown>, after: () => void) => {
    try {
      await work();
      after();
      toast.show(t('training.settings.saved'), 'success');
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    }
  };
}

function Table({ heads, children }: { heads: string[]; children: ReactNode }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          {heads.map((head) => (
            <th key={head}>{head}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export function AliasesPanel({ kinds, canEdit }: { kinds: TrainingKindRow[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const run = useRun();
  const [rows, reload] = useLoad(() => trainingCall('training.aliases.list', {}), []);
  const [alias, setAlias] = useState('');
  const [kindId, setKindId] = useState('');
  return (
    <div>
      <Table heads={[t('training.settings.alias'), t('training.settings.aliasKind'), '']}>
        {(rows ?? []).map((row) => (
          <tr key={row.id}>
            <td>{row.alias}</td>
            <td>{row.kindName}</td>
            <td>
              {canEdit && (
                <button
                  type="button"
                  className="cell-link cell-link-danger"
                  onClick={() =>
                    void run(
                      () =>
                        trainingCall('training.aliases.void', { id: row.id, reason: t('training.settings.remove') }),
                      reload,
                    )
                  }
                >
                  {t('training.settings.remove')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </Table>
      {canEdit && (
        <div className="toolbar">
          <input
            aria-label={t('training.settings.alias')}
            value={alias}
            maxLength={50}
            onChange={(e) => setAlias(e.target.value)}
          />
          <select
            aria-label={t('training.settings.aliasKind')}
            value={kindId}
            onChange={(e) => setKindId(e.target.value)}
          >
            <option value="">{t('training.course.choose')}</option>
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
          <Button
            disabled={!alias.trim() || !kindId}
            onClick={() =>
              void run(
                () => trainingCall('training.aliases.add', { alias, kindId }),
                () => (setAlias(''), reload()),
              )
            }
          >
            {t('training.settings.addAlias')}
          </Button>
        </div>
      )}
    </div>
  );
}

export function PopulationsPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const run = useRun();
  const [rows, reload] = useLoad(() => trainingCall('training.populations.list', {}), []);
  const [township, setTownship] = useState('');
  const [population, setPopulation] = useState('');
  return (
    <div>
      <Table heads={[t('training.settings.township'), t('training.settings.population')]}>
        {(rows ?? []).map((row) => (
          <tr key={row.id}>
            <td>{row.township}</td>
            <td>{row.population.toLocaleString()}</td>
          </tr>
        ))}
      </Table>
      {canEdit && (
        <div className="toolbar">
          <input
            aria-label={t('training.settings.township')}
            value={township}
            maxLength={100}
            onChange={(e) => setTownship(e.target.value)}
          />
          <input
            aria-label={t('training.settings.population')}
            inputMode="numeric"
            value={population}
            maxLength={9}
            onChange={(e) => setPopulation(e.target.value)}
          />
          <Button
            disabled={!township.trim()}
            onClick={() =>
              void run(
                () => trainingCall('training.populations.set', { township, population: count(population) }),
                reload,
              )
            }
          >
            {t('training.settings.setPopulation')}
          </Button>
        </div>
      )}
    </div>
  );
}

export function TargetsPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const run = useRun();
  const [rows, reload] = useLoad(() => trainingCall('training.targets.list', {}), []);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [certified, setCertified] = useState('');
  const [popular, setPopular] = useState('');
  return (
    <div>
      <Table
        heads={[
          t('training.settings.year'),
          t('training.settings.certifiedTarget'),
          t('training.settings.popularTarget'),
        ]}
      >
        {(rows ?? []).map((row) => (
          <tr key={row.id}>
            <td>{row.year}</td>
            <td>{row.certifiedTarget ?? '—'}</td>
            <td>{row.popularTarget ?? '—'}</td>
          </tr>
        ))}
      </Table>
      {canEdit && (
        <div className="toolbar">
          <input
            aria-label={t('training.settings.year')}
            inputMode="numeric"
            value={year}
            maxLength={4}
            onChange={(e) => setYear(e.target.value)}
          />
          <input
            aria-label={t('training.settings.certifiedTarget')}
            inputMode="numeric"
            value={certified}
            maxLength={9}
            onChange={(e) => setCertified(e.target.value)}
          />
          <input
            aria-label={t('training.settings.popularTarget')}
            inputMode="numeric"
            value={popular}
            maxLength={9}
            onChange={(e) => setPopular(e.target.value)}
          />
          <Button
            disabled={!count(year)}
            onClick={() =>
              void run(
                () =>
                  trainingCall('training.targets.set', {
                    year: count(year)!,
                    certifiedTarget: count(certified),
                    popularTarget: count(popular),
                  }),
                reload,
              )
            }
          >
            {t('training.settings.setTarget')}
          </Button>
        </div>
      )}
    </div>
  );
}
