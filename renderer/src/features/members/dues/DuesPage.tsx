// 收会费 (#/member-dues): the year, the payment date and the receipt form, whom to collect from (a class, a unit, or
// members picked one by one; #/member-dues/member/<id> starts with that member), the list with each member at the
// cap of the office's 会费标准 - untick or change a few - and one button that collects them all in one transaction.
// The receipt prints next (#/member-dues/print/<first>[/<last>]): one with the list, or one for each member.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberQuery, MemberRow } from '@core/members/roster/contract';
import { call } from '../../../api/client';
import { navigate, useRoute } from '../../../app/route';
import { errorText } from '../../../i18n';
import { Alert, Button, DateInput, FormField, PageHeader, useToast } from '../../../ui';
import { useLeaveGuard } from '../../../ui/useLeaveGuard';
import { useLoad } from '../../stock/useLoad';
import { today } from '../../stock/useRefs';
import '../members.css';
import { currentYear, fenToYuan } from '../money';
import { blockedOf, collection, linesOf, type DuesLine } from './duesLines';
import { DuesList } from './DuesList';
import { DuesSource, type SourceKind } from './DuesSource';
import { ReceiptPrint } from './ReceiptPrint';

const PAGE = 'member-dues';
const LIST_MAX = 2_000;

/** Every member a class or unit query keeps, a page of 500 at a time. */
async function allOf(query: MemberQuery): Promise<MemberRow[]> {
  const rows: MemberRow[] = [];
  for (;;) {
    const page = await call('members.list', { ...query, offset: rows.length, limit: 500 });
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= Math.min(page.total, LIST_MAX)) return rows;
  }
}

export function DuesPage() {
  const route = useRoute();
  if (route.rest[0] === 'print' && route.rest[1])
    return <ReceiptPrint first={route.rest[1]} last={route.rest[2]} onBack={() => window.history.back()} />;
  return <Collection startWith={route.rest[0] === 'member' ? route.rest[1] : undefined} />;
}

function Collection({ startWith }: { startWith?: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const d = (key: string, values: Record<string, unknown> = {}) => t(`memberDues.${key}`, values);
  const [caps] = useLoad(() => call('members.dues.caps', {}), []);
  const [facets] = useLoad(() => call('members.facets', {}), []);
  const [year, setYear] = useState(currentYear());
  const [paidDate, setPaidDate] = useState(today());
  const [receiptPer, setReceiptPer] = useState<'collection' | 'member'>('collection');
  const [source, setSource] = useState<SourceKind>(startWith ? 'pick' : 'class');
  const [lines, setLines] = useState<DuesLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const taken = useMemo(() => (caps ? collection(lines, caps, year) : null), [lines, caps, year]);
  const leaveGuard = useLeaveGuard(lines.length > 0 && !busy, () => setLines([]));

  useEffect(() => {
    if (!startWith || !caps) return;
    call('members.get', { id: startWith })
      .then((member) => setLines(linesOf([member], caps, currentYear())))
      .catch((caught: unknown) => setError(errorText(t, caught)));
  }, [startWith, caps, t]);

  const loadGroup = async (query: MemberQuery) => {
    if (!caps) return;
    setError(null);
    try {
      setLines(linesOf(await allOf(query), caps, year));
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  const add = (member: MemberRow) => caps && setLines((current) => [...current, ...linesOf([member], caps, year)]);

  const submit = async () => {
    if (!taken || taken.lines.length === 0) return setError(d('noneTicked'));
    if (taken.wrong) return setError(d('fixFirst'));
    setBusy(true);
    setError(null);
    try {
      const receipt = await call('members.dues.collectBatch', {
        year,
        paidDate,
        memberIds: taken.input.map((i) => i.memberId),
        amounts: taken.input,
        receiptPer,
      });
      const run = receipt.lastReceiptNumber === receipt.receiptNumber ? [] : [receipt.lastReceiptNumber];
      const said = { count: receipt.count, year, total: fenToYuan(receipt.totalFen), receipt: receipt.receiptNumber };
      toast.show(d(run.length ? 'doneRun' : 'done', { ...said, last: receipt.lastReceiptNumber }), 'success');
      setLines([]);
      navigate(PAGE, 'print', receipt.receiptNumber, ...run);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const years = [currentYear() + 1, currentYear(), currentYear() - 1, currentYear() - 2];
  return (
    <div className="page mem-dues-page">
      <PageHeader title={d('title')} />
      <div className="mem-dues-head">
        <FormField label={d('year')}>
          <select
            value={year}
            onChange={(event) => {
              const chosen = Number(event.target.value);
              setYear(chosen);
              setLines((current) => current.map((l) => ({ ...l, ticked: blockedOf(l.member, chosen) === null })));
            }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={d('paidDate')} required>
          <DateInput value={paidDate} onValue={setPaidDate} />
        </FormField>
        <fieldset className="mem-receipt-per">
          <legend>{d('receiptPer')}</legend>
          {(['collection', 'member'] as const).map((per) => (
            <label key={per}>
              <input type="radio" name="receipt-per" checked={receiptPer === per} onChange={() => setReceiptPer(per)} />
              {d(per === 'collection' ? 'perCollection' : 'perMember')}
            </label>
          ))}
        </fieldset>
      </div>
      <DuesSource
        facets={facets}
        source={source}
        onSource={setSource}
        onGroup={(query) => void loadGroup(query)}
        onAdd={add}
        listed={new Set(lines.map((l) => l.member.id))}
      />
      {error && <Alert>{error}</Alert>}
      {lines.length === 0 ? (
        <p className="muted mem-dues-empty">{d('empty')}</p>
      ) : (
        caps && <DuesList lines={lines} caps={caps} year={year} onChange={setLines} />
      )}
      {taken && lines.length > 0 && (
        <div className="mem-dues-submit">
          <span aria-live="polite" className={taken.wrong ? 'field-error' : undefined}>
            {taken.wrong
              ? d('summaryWrong', { count: taken.lines.length, wrong: taken.wrong })
              : d('summary', { count: taken.lines.length, total: fenToYuan(taken.totalFen) })}
          </span>
          <Button
            variant="primary"
            busy={busy}
            disabled={taken.wrong > 0 || taken.lines.length === 0}
            onClick={() => void submit()}
          >
            {d('submit', { count: taken.lines.length, total: fenToYuan(taken.totalFen) })}
          </Button>
        </div>
      )}
      {leaveGuard}
    </div>
  );
}
