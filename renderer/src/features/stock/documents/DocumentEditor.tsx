// One document, new or saved: header and lines, and its workflow. 草稿 → 审批通过 (approver) → 过账
// (keeper); a posted document is read-only and corrected by 冲销, which makes a reversing draft.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '@api/limits';
import type { DocumentDetail, DocumentType } from '@core/stock/contract';
import { ApiCallError } from '@renderer/api/client';
import { useSession } from '@renderer/app/session';
import { errorText } from '@renderer/i18n';
import { Alert, Button, ConfirmDialog, Dialog, FormField } from '@renderer/ui';
import { stockCall } from '../api';
import { fenToYuan, parseQuantity } from '../money';
import { useStockRefs } from '../useRefs';
import { checkDocument } from './checks';
import { DocTitle } from './DocTitle';
import {
  blankHeader,
  blankLine,
  draftOfDetail,
  headerInput,
  isBlankLine,
  lineInput,
  type HeaderDraft,
  type LineDraft,
} from './draft';
import { allocateFefo } from './fefo';
import { HeaderForm } from './HeaderForm';
import { LinesTable, lineValue } from './LinesTable';
import { useLots } from './useLots';

export type EditorTarget = { id: string } | { newType: Exclude<DocumentType, 'adjustment' | 'reversal'> } | null;

interface Props {
  target: EditorTarget;
  onClose(): void;
  onChanged(): void;
  onOpen(id: string): void;
  onPrint(id: string): void;
}

export function DocumentEditor({ target, onClose, onChanged, onOpen, onPrint }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const refs = useStockRefs(target !== null);
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [header, setHeader] = useState<HeaderDraft>(blankHeader());
  const [lines, setLines] = useState<LineDraft[]>([]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [confirmPost, setConfirmPost] = useState(false);
  const [reversing, setReversing] = useState<string | null>(null);
  // Shown inside the dialog: toasts sit under a modal dialog.
  const [notice, setNotice] = useState<string | null>(null);
  const openedHere = useRef<string | null>(null);
  const openHere = (id: string) => {
    openedHere.current = id;
    onOpen(id);
  };

  const type: DocumentType | null = target && 'newType' in target ? target.newType : (detail?.document.type ?? null);
  const status = detail?.document.status ?? 'draft';
  const canKeep = session.hasRole('warehouse');
  const canApprove = session.hasRole('approver');
  // A reversal's lines mirror the original and are never typed.
  const readOnly =
    !canKeep || status !== 'draft' || Boolean(detail?.document.voided) || type === 'reversal' || type === 'adjustment';
  const { lots, refresh: refreshLots } = useLots(
    type === 'receipt' ? '' : header.warehouseId,
    header.documentDate,
    lines.map((line) => line.itemId),
  );

  const load = (next: DocumentDetail) => {
    const draft = draftOfDetail(next);
    setDetail(next);
    setHeader(draft.header);
    setLines(
      next.document.status === 'draft' && ['receipt', 'issue', 'transfer'].includes(next.document.type)
        ? [...draft.lines, blankLine()]
        : draft.lines,
    );
    setDirty(false);
    setProblems({});
  };

  // In the language of the moment it fails; switching language must not reset the editor.
  const showLoadError = useEffectEvent((caught: unknown) => setError(errorText(t, caught)));
  useEffect(() => {
    setError(null);
    // A banner belongs to its document: kept only when this editor itself opened the next one (saved, reversed).
    if (!target || !('id' in target) || target.id !== openedHere.current) setNotice(null);
    openedHere.current = null;
    setConfirmPost(false);
    setReversing(null);
    setProblems({});
    if (!target) return;
    if ('id' in target) {
      setDetail(null);
      stockCall('stock.documents.get', { id: target.id }).then(load).catch(showLoadError);
    } else {
      setDetail(null);
      setHeader(blankHeader(''));
      setLines(target.newType === 'count' ? [] : [blankLine(), blankLine()]);
      setDirty(false);
    }
  }, [target]);

  useEffect(() => {
    // One warehouse: choose it for the keeper.
    if (!detail && !header.warehouseId && refs.warehouses.length === 1)
      setHeader((h) => ({ ...h, warehouseId: refs.warehouses[0]!.id }));
  }, [refs.warehouses, detail, header.warehouseId]);

  const changeHeader = (patch: Partial<HeaderDraft>) => {
    setHeader((h) => ({ ...h, ...patch }));
    setDirty(true);
  };
  const changeLine = (key: string, patch: Partial<LineDraft>) => {
    setLines((current) => {
      const next = current.map((line) => (line.key === key ? { ...line, ...patch } : line));
      // Typing in the last row opens a fresh one below, as in a spreadsheet.
      return type !== 'count' && next.length && !isBlankLine(next[next.length - 1]!) ? [...next, blankLine()] : next;
    });
    setProblems(({ [key]: _fixed, ...rest }) => rest);
    setDirty(true);
  };
  const removeLine = (key: string) => {
    setLines((current) => current.filter((line) => line.key !== key));
    setDirty(true);
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (caught) {
      setError(errorText(t, caught));
      applyServerIssues(caught);
    } finally {
      setBusy(false);
    }
  };

  const applyServerIssues = (caught: unknown) => {
    if (!(caught instanceof ApiCallError)) return;
    const issues = caught.error.details as
      { issues?: { line: number | null; field: string; code: string }[]; lines?: { line: number }[] } | undefined;
    const used = lines.filter((line) => !isBlankLine(line));
    const found: Record<string, string> = {};
    for (const issue of issues?.issues ?? []) {
      const line = issue.line === null ? undefined : used[issue.line - 1];
      const text = t(`stock.issue.${issue.code}`, {
        defaultValue: t(`errors.${issue.code}`, { defaultValue: issue.code }),
      });
      if (line) found[line.key] = text;
      else found[issue.field] = text;
    }
    for (const expired of issues?.lines ?? []) {
      const line = used[expired.line - 1];
      if (line) found[line.key] = t('stock.editor.expiredNeedsReason');
    }
    setProblems(found);
  };

  const save = async (): Promise<DocumentDetail | null> => {
    if (!type) return null;
    const used = lines.filter((line) => !isBlankLine(line));
    const found = checkDocument(t, type, header, used, lots);
    setProblems(found);
    if (Object.keys(found).length) {
      setError(t('errors.DOCUMENT_INVALID'));
      return null;
    }
    const input = { header: headerInput(type, header), lines: used.map((line) => lineInput(type, line)) };
    const saved = detail
      ? await stockCall('stock.documents.update', {
          id: detail.document.id,
          rowVersion: detail.document.rowVersion,
          header: { ...input.header, type: undefined } as never,
          lines: input.lines,
        })
      : await stockCall('stock.documents.create', input as never);
    load(saved);
    onChanged();
    if (!detail) openHere(saved.document.id);
    setNotice(t('stock.editor.saved', { number: saved.document.number }));
    return saved;
  };

  const approve = () =>
    run(async () => {
      const current = dirty || !detail ? await save() : detail;
      if (!current) return;
      const next = await stockCall('stock.documents.approve', {
        id: current.document.id,
        rowVersion: current.document.rowVersion,
      });
      load(next);
      onChanged();
      setNotice(t('stock.editor.approved', { number: next.document.number }));
    });
  const workflow = (method: 'stock.documents.unapprove' | 'stock.documents.post', message: string) =>
    run(async () => {
      if (!detail) return;
      const next =
        method === 'stock.documents.post'
          ? await stockCall(method, { id: detail.document.id })
          : await stockCall(method, { id: detail.document.id, rowVersion: detail.document.rowVersion });
      load(next);
      refreshLots();
      onChanged();
      setNotice(t(message, { number: next.document.number }));
    });
  const startCount = () =>
    run(async () => {
      if (!header.warehouseId) {
        setProblems({ warehouseId: t('stock.editor.countNeedsWarehouse') });
        return;
      }
      const next = await stockCall('stock.counts.start', {
        warehouseId: header.warehouseId,
        documentDate: header.documentDate,
      });
      load(next);
      onChanged();
      openHere(next.document.id);
    });
  const fefo = () =>
    run(async () => {
      const result = await allocateFefo(
        header.warehouseId,
        header.documentDate,
        lines.filter((line) => !isBlankLine(line)),
      );
      setLines([...result.lines, blankLine()]);
      setProblems(
        Object.fromEntries(
          Object.entries(result.shortfalls).map(([key, count]) => [key, t('stock.editor.fefoShortfall', { count })]),
        ),
      );
      refreshLots();
      setDirty(true);
      setNotice(t('stock.editor.fefoDone', { count: result.lotsUsed }));
    });
  const reverse = () =>
    run(async () => {
      if (!detail || !reversing?.trim()) return;
      const next = await stockCall('stock.documents.reverse', { id: detail.document.id, reason: reversing.trim() });
      setReversing(null);
      onChanged();
      setNotice(t('stock.editor.reversed', { number: next.document.number }));
      openHere(next.document.id);
    });
  const voidDraft = () =>
    run(async () => {
      if (!detail) return;
      await stockCall('stock.documents.void', { id: detail.document.id, reason: t('stock.editor.voidDraft') });
      onChanged();
      onClose();
    });

  const used = lines.filter((line) => !isBlankLine(line));
  const totalQuantity = used.reduce(
    (sum, line) => sum + (parseQuantity(type === 'count' ? line.countedQuantity : line.quantity) ?? 0),
    0,
  );
  const totalValue = type ? used.reduce((sum, line) => sum + lineValue(type, line, lots), 0) : 0;
  const doc = detail?.document;
  const title = !type
    ? ''
    : doc
      ? t('stock.editor.title', { type: t(`stock.docType.${type}`), number: doc.number })
      : t('stock.editor.titleNew', { type: t(`stock.docType.${type}`) });
  const countNotStarted = type === 'count' && !detail;

  const footer = (close: () => void) => (
    <>
      {doc && <Button onClick={() => onPrint(doc.id)}>{t('stock.editor.print')}</Button>}
      {doc && status === 'posted' && canKeep && !doc.reversedByDocumentId && doc.type !== 'reversal' && (
        <Button variant="danger" onClick={() => setReversing('')}>
          {t('stock.editor.reverse')}
        </Button>
      )}
      {doc && status !== 'posted' && canKeep && !doc.voided && (
        <Button variant="quiet" onClick={() => void voidDraft()} disabled={busy}>
          {t('stock.editor.voidDraft')}
        </Button>
      )}
      <span className="dialog-spacer" />
      {dirty && <span className="muted">{t('stock.editor.unsaved')}</span>}
      <Button onClick={close} disabled={busy}>
        {t('common.close')}
      </Button>
      {status === 'draft' && !readOnly && !countNotStarted && (
        <Button
          onClick={() =>
            void run(async () => {
              await save();
            })
          }
          busy={busy}
        >
          {t('stock.editor.save')}
        </Button>
      )}
      {countNotStarted && canKeep && (
        <Button variant="primary" onClick={() => void startCount()} busy={busy}>
          {t('stock.editor.countStart')}
        </Button>
      )}
      {status === 'draft' && canApprove && !countNotStarted && !doc?.voided && (
        <Button variant="primary" onClick={() => void approve()} busy={busy}>
          {t('stock.editor.approve')}
        </Button>
      )}
      {status === 'approved' && canApprove && (
        <Button onClick={() => void workflow('stock.documents.unapprove', 'stock.editor.approved')} busy={busy}>
          {t('stock.editor.unapprove')}
        </Button>
      )}
      {status === 'approved' && canKeep && (
        <Button variant="primary" onClick={() => setConfirmPost(true)} busy={busy}>
          {t('stock.editor.post')}
        </Button>
      )}
    </>
  );

  return (
    <Dialog
      open={target !== null}
      title={<DocTitle title={title} detail={detail} />}
      onClose={onClose}
      width="full"
      footer={footer}
      dirty={dirty && !readOnly}
    >
      {error && <Alert>{error}</Alert>}
      {notice && !error && <Alert kind="success">{notice}</Alert>}
      {refs.loaded && !refs.warehouses.length && <Alert kind="warning">{t('stock.editor.noWarehouses')}</Alert>}
      {refs.loaded && refs.warehouses.length > 0 && !refs.items.length && (
        <Alert kind="warning">{t('stock.editor.noItems')}</Alert>
      )}
      {doc && status === 'posted' && <Alert kind="info">{t('stock.editor.readOnlyPosted')}</Alert>}
      {doc && status === 'approved' && <Alert kind="info">{t('stock.editor.readOnlyApproved')}</Alert>}
      {type && (
        <HeaderForm
          type={type}
          header={header}
          refs={refs}
          readOnly={readOnly}
          warehouseLocked={type === 'count' && Boolean(detail)}
          problems={problems}
          onChange={changeHeader}
        />
      )}
      {type === 'count' && <p className="muted">{t('stock.editor.countHint')}</p>}
      {type && !countNotStarted && (
        <section className="doc-lines">
          <div className="doc-lines-head">
            <h2>{t('stock.editor.lines')}</h2>
            {(type === 'issue' || type === 'transfer') && !readOnly && (
              <Button
                onClick={() => void fefo()}
                disabled={!header.warehouseId || busy}
                title={t('stock.editor.fefoHint')}
              >
                {t('stock.editor.proposeFefo')}
              </Button>
            )}
            <span className="toolbar-spacer" />
            {type !== 'count' && (
              <span className="doc-totals">
                {t('stock.editor.totals', { quantity: totalQuantity, value: fenToYuan(totalValue) })}
              </span>
            )}
          </div>
          <LinesTable
            type={type}
            lines={lines}
            items={refs.items}
            lots={lots}
            readOnly={readOnly}
            problems={problems}
            onChange={changeLine}
            onRemove={removeLine}
          />
        </section>
      )}
      <ConfirmDialog
        open={confirmPost}
        title={t('stock.editor.post')}
        message={t('stock.editor.confirmPost', { number: doc?.number ?? '' })}
        onCancel={() => setConfirmPost(false)}
        onConfirm={async () => {
          setConfirmPost(false);
          await workflow('stock.documents.post', 'stock.editor.posted');
        }}
      />
      <Dialog
        open={reversing !== null}
        title={t('stock.editor.reverseTitle', { number: doc?.number ?? '' })}
        onClose={() => setReversing(null)}
        dirty={Boolean(reversing?.trim())}
        onSubmit={reverse}
        submitVariant="danger"
        submitLabel={t('stock.editor.reverse')}
        busy={busy}
        width="small"
      >
        <p className="muted">{t('stock.editor.reverseHint')}</p>
        <FormField label={t('stock.editor.reverseReason')} required>
          <input
            type="text"
            value={reversing ?? ''}
            maxLength={REASON_MAX}
            onChange={(event) => setReversing(event.target.value)}
          />
        </FormField>
      </Dialog>
    </Dialog>
  );
}
