// 选择发放户: people from the registry by township and village, or by pasted ID numbers; those already on
// the list or already served in this campaign are marked, and adding them again needs a second yes.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ID_LIST_MAX } from '@api/limits';
import type { CampaignAddResult, CampaignCandidates } from '@core/stock/campaigns/contract';
import { call } from '@renderer/api/client';
import { errorText } from '@renderer/i18n';
import { Alert, Button, Dialog, Tabs } from '@renderer/ui';
import { stockCall } from '../api';

interface Props {
  campaignId: string | null;
  onClose(): void;
  onAdded(result: CampaignAddResult): void;
}

export function HouseholdChooser({ campaignId, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState('area');
  const [facets, setFacets] = useState<{ townships: string[]; villages: string[] }>({ townships: [], villages: [] });
  const [township, setTownship] = useState('');
  const [village, setVillage] = useState('');
  const [ids, setIds] = useState('');
  const [found, setFound] = useState<CampaignCandidates | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [repeats, setRepeats] = useState<CampaignAddResult['repeats']>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!campaignId) return;
    setFound(null);
    setPicked(new Set());
    setRepeats([]);
    setError(null);
  }, [campaignId]);
  useEffect(() => {
    if (!campaignId) return;
    call('people.facets', township ? { township } : {})
      .then(setFacets)
      .catch(() => undefined);
  }, [campaignId, township]);

  const search = async () => {
    if (!campaignId) return;
    setBusy(true);
    setError(null);
    setRepeats([]);
    try {
      const result = await stockCall(
        'stock.campaigns.candidates',
        mode === 'area'
          ? { campaignId, township: township || undefined, village: village || undefined }
          : { campaignId, idNumbers: ids },
      );
      setFound(result);
      setPicked(new Set(result.candidates.filter((c) => !c.listed && !c.received).map((c) => c.personId)));
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const add = async (acceptRepeats: boolean) => {
    if (!campaignId || !picked.size) return;
    setBusy(true);
    setError(null);
    try {
      const result = await stockCall('stock.campaigns.addHouseholds', {
        campaignId,
        personIds: [...picked],
        acceptRepeats,
      });
      if (result.repeats.length && !acceptRepeats) {
        setRepeats(result.repeats);
        setPicked(new Set(result.repeats.map((repeat) => repeat.personId)));
        if (result.added) onAdded(result);
        return;
      }
      onAdded(result);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (personId: string) =>
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(personId)) next.delete(personId);
      else next.add(personId);
      return next;
    });

  const criteria = (
    <Tabs
      current={mode}
      onChange={setMode}
      label={t('stock.campaigns.pickTitle')}
      items={[
        {
          id: 'area',
          label: t('stock.campaigns.byArea'),
          content: (
            <div className="toolbar">
              <select
                aria-label={t('stock.field.township')}
                value={township}
                onChange={(event) => {
                  setTownship(event.target.value);
                  setVillage('');
                }}
              >
                <option value="">{t('people.allTownships')}</option>
                {facets.townships.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
              <select
                aria-label={t('stock.field.village')}
                value={village}
                onChange={(event) => setVillage(event.target.value)}
              >
                <option value="">{t('people.allVillages')}</option>
                {facets.villages.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
              <Button onClick={() => void search()} busy={busy}>
                {t('common.search')}
              </Button>
            </div>
          ),
        },
        {
          id: 'ids',
          label: t('stock.campaigns.byIds'),
          content: (
            <div className="paste-ids">
              <textarea
                aria-label={t('stock.campaigns.byIds')}
                rows={4}
                maxLength={ID_LIST_MAX}
                value={ids}
                placeholder={t('stock.campaigns.idsPlaceholder')}
                onChange={(event) => setIds(event.target.value)}
              />
              <Button onClick={() => void search()} busy={busy} disabled={!ids.trim()}>
                {t('common.search')}
              </Button>
            </div>
          ),
        },
      ]}
    />
  );

  return (
    <Dialog
      open={campaignId !== null}
      title={t('stock.campaigns.pickTitle')}
      onClose={onClose}
      width="large"
      dirty={ids.trim() !== '' || picked.size > 0}
      footer={(close) => (
        <>
          <span className="muted">{t('stock.campaigns.chosen', { count: picked.size })}</span>
          <span className="dialog-spacer" />
          <Button onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          {repeats.length > 0 ? (
            <Button variant="danger" onClick={() => void add(true)} busy={busy}>
              {t('people.form.saveAnyway')}
            </Button>
          ) : (
            <Button variant="primary" onClick={() => void add(false)} busy={busy} disabled={!picked.size}>
              {t('stock.campaigns.addFound', { count: picked.size })}
            </Button>
          )}
        </>
      )}
    >
      {error && <Alert>{error}</Alert>}
      {repeats.length > 0 && (
        <Alert kind="warning">
          {t('stock.campaigns.repeatWarning', {
            count: repeats.length,
            names: repeats.map((r) => r.name).join(t('stock.listSeparator')),
          })}
        </Alert>
      )}
      {criteria}
      {found && found.unmatched.length > 0 && (
        <Alert kind="warning">
          {t('stock.campaigns.notFound', {
            count: found.unmatched.length,
            ids: found.unmatched.map((u) => u.text).join(t('stock.listSeparator')),
          })}
        </Alert>
      )}
      {found && (
        <div className="table-wrap candidates">
          <table className="table">
            <thead>
              <tr>
                <th />
                <th>{t('people.field.name')}</th>
                <th>{t('stock.field.idNumber')}</th>
                <th>{t('stock.field.township')}</th>
                <th>{t('stock.field.village')}</th>
                <th>{t('stock.field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {found.candidates.length === 0 && (
                <tr>
                  <td colSpan={6} className="empty">
                    {t('stock.editor.householdNone')}
                  </td>
                </tr>
              )}
              {found.candidates.map((c) => (
                <tr key={c.personId} className={c.listed || c.received ? 'is-inactive' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={c.name}
                      checked={picked.has(c.personId)}
                      onChange={() => toggle(c.personId)}
                    />
                  </td>
                  <td>{c.name}</td>
                  <td className="mono">{c.idMasked}</td>
                  <td>{c.township}</td>
                  <td>{c.village}</td>
                  <td>{c.received ? t('stock.campaigns.received') : c.listed ? t('stock.campaigns.listed') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
