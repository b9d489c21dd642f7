// 出入库单据: every document with its type, status, document date and entry time; new receipt / issue /
// transfer / count; the editor opens over the list (#/stock-documents/doc/<id>), the print view
// replaces it (#/stock-documents/print/<id>).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_MAX } from '@api/limits';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentRow,
  type DocumentStatus,
  type DocumentType,
} from '@core/stock/contract';
import { navigate, useRoute } from '@renderer/app/route';
import { useSession } from '@renderer/app/session';
import { Button, PageHeader } from '@renderer/ui';
import { stockCall } from '../api';
import { StockGrid } from '../grid/StockGrid';
import { useLoad } from '../useLoad';
import { useStockRefs } from '../useRefs';
import { documentColumns } from './columns';
import { DocumentEditor, type EditorTarget } from './DocumentEditor';
import { DocumentPrint } from './DocumentPrint';
import '../stock.css';

const PAGE = 'stock-documents';
const NEW_TYPES = ['receipt', 'issue', 'transfer', 'count'] as const;

function targetOf(view: string | undefined, subject: string | undefined): EditorTarget {
  if (view === 'doc' && subject) return { id: subject };
  if (view === 'new' && (NEW_TYPES as readonly string[]).includes(subject ?? ''))
    return { newType: subject as (typeof NEW_TYPES)[number] };
  return null;
}

export function DocumentsPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const session = useSession();
  const refs = useStockRefs();
  const [type, setType] = useState<DocumentType | ''>('');
  const [status, setStatus] = useState<DocumentStatus | ''>('');
  const [warehouseId, setWarehouseId] = useState('');
  const [search, setSearch] = useState('');
  const query = {
    type: type || undefined,
    status: status || undefined,
    warehouseId: warehouseId || undefined,
    search: search.trim() || undefined,
  };
  const [page, reload] = useLoad(
    () => stockCall('stock.documents.list', { ...query, offset: 0, limit: 1000 }),
    [type, status, warehouseId, search],
  );
  const columns = useMemo(() => documentColumns(t), [t]);
  // The route is a new object at each hash change; the editor's target changes only when its two parts do.
  const [view, subject] = route.rest;
  const target = useMemo(() => targetOf(view, subject), [view, subject]);

  if (route.rest[0] === 'print' && route.rest[1]) {
    return <DocumentPrint id={route.rest[1]} onBack={() => window.history.back()} />;
  }
  const canKeep = session.hasRole('warehouse');

  return (
    <div className="page page-fill stock-page">
      <PageHeader title={t('stock.documents.title')}>
        {page && <span className="stock-total">{t('stock.documents.total', { count: page.total })}</span>}
        {canKeep &&
          NEW_TYPES.map((kind, index) => (
            <Button
              key={kind}
              variant={index === 0 ? 'primary' : 'secondary'}
              onClick={() => navigate(PAGE, 'new', kind)}
            >
              {t(`stock.documents.new${kind[0]!.toUpperCase()}${kind.slice(1)}`)}
            </Button>
          ))}
      </PageHeader>
      <StockGrid<DocumentRow>
        rows={page?.rows ?? null}
        columns={columns}
        exportName={t('stock.documents.title')}
        rowId={(row) => row.id}
        emptyText={t('stock.documents.noRows')}
        context={{ open: (row: DocumentRow) => navigate(PAGE, 'doc', row.id) }}
        rowClassRules={{ 'row-voided': (p) => Boolean(p.data?.voided) }}
        onRowDoubleClicked={(row) => navigate(PAGE, 'doc', row.id)}
        toolbar={
          <>
            <input
              type="search"
              aria-label={t('common.search')}
              placeholder={t('stock.documents.searchPlaceholder')}
              maxLength={SEARCH_MAX}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            <select
              aria-label={t('stock.field.type')}
              value={type}
              onChange={(event) => setType(event.target.value as DocumentType | '')}
            >
              <option value="">{t('stock.documents.allTypes')}</option>
              {DOCUMENT_TYPES.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`stock.docType.${kind}`)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('stock.field.status')}
              value={status}
              onChange={(event) => setStatus(event.target.value as DocumentStatus | '')}
            >
              <option value="">{t('stock.documents.allStatuses')}</option>
              {DOCUMENT_STATUSES.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`stock.status.${kind}`)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('stock.field.warehouse')}
              value={warehouseId}
              onChange={(event) => setWarehouseId(event.target.value)}
            >
              <option value="">{t('stock.allWarehouses')}</option>
              {refs.warehouses.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </>
        }
      />
      <DocumentEditor
        target={target}
        onClose={() => navigate(PAGE)}
        onChanged={reload}
        onOpen={(id) => window.location.replace(`#/${PAGE}/doc/${id}`)}
        onPrint={(id) => navigate(PAGE, 'print', id)}
      />
    </div>
  );
}
