// 选择发放户: people from the registry by township and village, households (by their heads) in a beneficiary
// category on the campaign's date, narrowed by the household's township and village, or by pasted ID numbers; those
// already on the list or served in this campaign, or whose household received goods this year from any issue, are
// marked and not ticked, and adding them needs a second yes.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ID_LIST_MAX } from '@api/limits';
import type { CampaignAddResult, CampaignCandidates } from '@core/stock/campaigns/contract';
import { call } from '@renderer/api/client';
import { errorText } from '@renderer/i18n';
import { Alert, Button, Dialog, Tabs } from '@renderer/ui';
import { stockCall } from '../api';
import { CandidateTable, repeatText } from './CandidateTable';
import { CategoryCriteria, type CategoryChoice } from './CategoryCriteria';

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
  const [byCategory, setByCategory] = useState<CategoryChoice>({ categoryId: '', township: '', village: '' });
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
      const place = (t: string, v: string) => ({ township: t || undefined, village: v || undefined });
      const result = await stockCall(
        'stock.campaigns.candidates',
        mode === 'area'
          ? { campaignId, ...place(township, village) }
          : mode === 'category'
            ? { campaignId, categoryId: byCategory.categoryId, ...place(byCategory.township, byCategory.village) }
            : { campaignId, idNumbers: ids },
      );
      setFound(result);
      const fresh = result.candidates.filter((c) => !c.listed && !c.received && !c.receivedThisYear);
      setPicked(new Set(fresh.map((c) => c.personId)));
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
  const thisYear = repeats.filter((r) => r.code === 'HOUSEHOLD_RECEIVED_THIS_YEAR');
  const thisCampaign = repeats.filter((r) => r.code !== 'HOUSEHOLD_RECEIVED_THIS_YEAR');
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
          id: 'category',
          label: t('stock.campaigns.byCategory'),
          content: (
            <CategoryCriteria
              open={mode === 'category'}
              choice={byCategory}
              onChange={setByCategory}
              search={() => void search()}
              busy={busy}
            />
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
      {thisCampaign.length > 0 && (
        <Alert kind="warning">
          {t('stock.campaigns.repeatWarning', {
            count: thisCampaign.length,
            names: thisCampaign
              .map((r) => (r.listedAs ? `${r.name}（${r.listedAs}）` : r.name))
              .join(t('stock.listSeparator')),
          })}
        </Alert>
      )}
      {thisYear.length > 0 && (
        <Alert kind="warning">
          {t('stock.campaigns.repeatYearWarning', {
            count: thisYear.length,
            households: thisYear.map((r) => repeatText(t, r.name, r.receipt!)).join(t('stock.listSeparator')),
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
      {found && <CandidateTable candidates={found.candidates} picked={picked} onToggle={toggle} />}
    </Dialog>
  );
}
