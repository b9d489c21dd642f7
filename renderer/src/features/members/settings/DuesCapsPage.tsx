// 会费标准 (#/member-settings): the office's dues caps - an individual member's, a youth member's, and a group
// member's by headcount band - as the collection's defaults and limits. An administrator edits them (a band added
// or removed, the rules' caps restored) and saves; everyone else reads them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DUES_CAPS, type DuesCaps } from '@rules/members';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { errorText } from '../../../i18n';
import { Alert, Button, FormField, PageHeader, useToast } from '../../../ui';
import { useLeaveGuard } from '../../../ui/useLeaveGuard';
import { useLoad } from '../../stock/useLoad';
import '../members.css';
import { fenToYuan, yuanToFen } from '../money';

interface Draft {
  individual: string;
  youth: string;
  bands: { below: string; cap: string }[];
  top: string;
}

const draftOf = (caps: DuesCaps): Draft => ({
  individual: fenToYuan(caps.individualFen),
  youth: fenToYuan(caps.youthFen),
  bands: caps.groupBands.map((b) => ({ below: String(b.below), cap: fenToYuan(b.capFen) })),
  top: fenToYuan(caps.groupTopFen),
});

/** The caps a draft means, or null when an amount or a headcount is not one. */
function capsOf(draft: Draft): DuesCaps | null {
  const fen = (text: string) => yuanToFen(text) ?? 0;
  const bands = draft.bands.map((b) => ({ below: Number(b.below.trim()), capFen: fen(b.cap) }));
  const caps = {
    individualFen: fen(draft.individual),
    youthFen: fen(draft.youth),
    groupBands: bands,
    groupTopFen: fen(draft.top),
  };
  const rising = bands.every(
    (b, n) => Number.isSafeInteger(b.below) && b.below > 0 && (n === 0 || b.below > bands[n - 1]!.below),
  );
  const amounts = [caps.individualFen, caps.youthFen, caps.groupTopFen, ...bands.map((b) => b.capFen)];
  return rising && amounts.every((a) => a > 0) ? caps : null;
}

export function DuesCapsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const isAdmin = useSession().hasRole('admin');
  const [caps, reload] = useLoad(() => call('members.dues.caps', {}), []);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDraft(caps && draftOf(caps)), [caps]);
  const dirty = Boolean(draft && caps && JSON.stringify(draft) !== JSON.stringify(draftOf(caps)));
  const leaveGuard = useLeaveGuard(isAdmin && dirty && !busy);
  const s = (key: string, values: Record<string, unknown> = {}) => t(`memberSettings.${key}`, values);

  const save = async () => {
    const next = draft && capsOf(draft);
    if (!next) return setError(s('invalid'));
    setBusy(true);
    setError(null);
    try {
      await call('members.dues.setCaps', { ...next, groupBands: [...next.groupBands] });
      toast.show(s('saved'), 'success');
      reload();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  if (!draft) return <div className="page" />;
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const setBand = (at: number, change: Partial<Draft['bands'][number]>) =>
    set({ bands: draft.bands.map((b, n) => (n === at ? { ...b, ...change } : b)) });
  const money = (label: string, value: string, onChange: (v: string) => void) => (
    <FormField label={label}>
      <input
        type="text"
        inputMode="decimal"
        className="mem-amount"
        value={value}
        readOnly={!isAdmin}
        maxLength={12}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormField>
  );
  const lastBelow = draft.bands.at(-1)?.below ?? '1';

  return (
    <div className="page mem-caps-page">
      <PageHeader title={s('title')} />
      <p className="mem-intro">{s('intro')}</p>
      {!isAdmin && <p className="muted">{s('readOnly')}</p>}
      {error && <Alert>{error}</Alert>}
      <form
        className="mem-caps"
        onSubmit={(event) => {
          event.preventDefault();
          if (isAdmin) void save();
        }}
      >
        <div className="mem-form-row">
          {money(s('individual'), draft.individual, (individual) => set({ individual }))}
          {money(s('youth'), draft.youth, (youth) => set({ youth }))}
        </div>
        <fieldset className="mem-bands">
          <legend>{s('groups')}</legend>
          <table className="table">
            <thead>
              <tr>
                <th>{s('below')}</th>
                <th className="num">{s('cap')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {draft.bands.map((band, n) => (
                <tr key={n}>
                  <td>
                    <input
                      type="text"
                      inputMode="numeric"
                      aria-label={`${s('below')} (${n + 1})`}
                      value={band.below}
                      readOnly={!isAdmin}
                      maxLength={8}
                      onChange={(e) => setBand(n, { below: e.target.value })}
                    />{' '}
                    {s('people')}
                  </td>
                  <td className="num">
                    <input
                      type="text"
                      inputMode="decimal"
                      className="mem-amount"
                      aria-label={`${s('cap')} (${n + 1})`}
                      value={band.cap}
                      readOnly={!isAdmin}
                      maxLength={12}
                      onChange={(e) => setBand(n, { cap: e.target.value })}
                    />
                  </td>
                  <td>
                    {isAdmin && (
                      <Button onClick={() => set({ bands: draft.bands.filter((_, i) => i !== n) })}>
                        {s('removeBand')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
              <tr>
                <td>{s('topLabel', { below: lastBelow })}</td>
                <td className="num">
                  <input
                    type="text"
                    inputMode="decimal"
                    className="mem-amount"
                    aria-label={s('topCap')}
                    value={draft.top}
                    readOnly={!isAdmin}
                    maxLength={12}
                    onChange={(e) => set({ top: e.target.value })}
                  />
                </td>
                <td />
              </tr>
            </tbody>
          </table>
          {isAdmin && draft.bands.length < 20 && (
            <Button onClick={() => set({ bands: [...draft.bands, { below: '', cap: '' }] })}>{s('addBand')}</Button>
          )}
        </fieldset>
        {isAdmin && (
          <div className="mem-caps-actions">
            <Button onClick={() => setDraft(draftOf(DEFAULT_DUES_CAPS))}>{s('reset')}</Button>
            <Button type="submit" variant="primary" busy={busy}>
              {s('save')}
            </Button>
          </div>
        )}
      </form>
      {leaveGuard}
    </div>
  );
}
