// 人员库: the people registry page. Filter bar, the grid (infinite, edited like a spreadsheet, paste
// from Excel), the form, void, import and export. Who may do what follows the session's roles; the
// router checks every call again.
import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleQuery, PersonRow } from '@core/people/contract';
import { useSession } from '../../app/session';
import { Button, PageHeader, useToast } from '../../ui';
import { SkipToGrid } from '../../ui/grid/SkipToGrid';
import { ColumnsMenu } from '../../ui/gridColumns/ColumnsMenu';
import { useColumnLayout } from '../../ui/gridColumns/useColumnLayout';
import { useCustomFields } from '../customFields/useCustomFields';
import { customTypesOf } from './customColumns';
import { ExportDialog } from './ExportDialog';
import { FilterBar } from './FilterBar';
import { GroupCountsDialog } from './GroupCountsDialog';
import { ImportWizard } from './import/ImportWizard';
import { issuesLine } from './issues';
import { useOfficeNames } from './offices';
import type { PastePlan } from './paste';
import { PasteDialog, type PasteRequest } from './PasteDialog';
import { PeopleGrid } from './PeopleGrid';
import { PersonDialog } from './PersonDialog';
import { NO_FILTERS, queryOf, type PeopleFilters } from './query';
import { useColumnFilters } from './useColumnFilters';
import { VoidDialog } from './VoidDialog';
import './people.css';

type Editing = { person: PersonRow | null } | null;

export function PeoplePage() {
  const { t } = useTranslation();
  const toast = useToast();
  const session = useSession();
  const canEdit = session.hasRole('clerk');
  const canReveal = session.hasRole('clerk');
  const gridApi = useRef<GridApi<PersonRow> | null>(null);
  const offices = useOfficeNames(session.office.role === 'city');

  const [filters, setFilters] = useState<PeopleFilters>(NO_FILTERS);
  const [sort, setSort] = useState<NonNullable<PeopleQuery['sort']>>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [facetsVersion, setFacetsVersion] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [voiding, setVoiding] = useState<PersonRow | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [pasting, setPasting] = useState<PasteRequest | null>(null);
  const [grouping, setGrouping] = useState(false);
  const [api, setApi] = useState<GridApi<PersonRow> | null>(null);
  const layout = useColumnLayout('grid:people', api);
  const customFields = useCustomFields('people', { officeCode: filters.officeCode || undefined });
  const customTypes = useMemo(() => customTypesOf(customFields), [customFields]);
  const columnFilters = useColumnFilters(api, customTypes);

  const refresh = useCallback(() => {
    gridApi.current?.refreshInfiniteCache();
    setFacetsVersion((version) => version + 1);
  }, []);
  const onReady = useCallback((ready: GridApi<PersonRow>) => {
    gridApi.current = ready;
    setApi(ready);
  }, []);
  const onPasteBlock = useCallback((plan: PastePlan, firstColumn: string) => setPasting({ plan, firstColumn }), []);
  const onEdit = useCallback((person: PersonRow) => setEditing({ person }), []);
  const onVoid = useCallback((person: PersonRow) => setVoiding(person), []);
  const query = useMemo(
    () => ({ ...queryOf(filters, sort), ...(columnFilters.length ? { columnFilters } : {}) }),
    [filters, sort, columnFilters],
  );

  return (
    <div className="page page-fill people-page">
      <PageHeader title={t('people.title')}>
        <SkipToGrid api={() => gridApi.current} />
        <span className="people-total" aria-live="polite">
          {total === null ? t('people.loading') : t('people.total', { count: total })}
        </span>
        {canEdit && (
          <Button variant="primary" onClick={() => setEditing({ person: null })}>
            {t('people.add')}
          </Button>
        )}
        {canEdit && <Button onClick={() => setImporting(true)}>{t('people.import')}</Button>}
        <Button onClick={() => setExporting(true)}>{t('people.export')}</Button>
        <Button onClick={() => setGrouping(true)}>{t('people.groups.button')}</Button>
        <ColumnsMenu api={api} onReset={layout.reset} />
      </PageHeader>
      <FilterBar filters={filters} onChange={setFilters} facetsVersion={facetsVersion} offices={offices} />
      <div className="grid-area people-grid-area">
        <PeopleGrid
          filters={filters}
          canEdit={canEdit}
          canReveal={canReveal}
          ownOfficeCode={session.office.code}
          offices={offices}
          onReady={onReady}
          onTotal={setTotal}
          onSort={setSort}
          onEdit={onEdit}
          onVoid={onVoid}
          onPasteBlock={onPasteBlock}
          onAdded={() => setFacetsVersion((version) => version + 1)}
          customFields={customFields}
        />
        {total === 0 && <div className="people-empty">{t('people.noRows')}</div>}
      </div>

      <PersonDialog
        open={editing !== null}
        person={editing?.person ?? null}
        canReveal={canReveal}
        onClose={() => setEditing(null)}
        onSaved={(result, created) => {
          setEditing(null);
          toast.show(t(created ? 'people.created' : 'people.saved', { name: result.person.name }));
          if (result.warnings.length) toast.show(issuesLine(t, result.warnings), 'info');
          refresh();
        }}
      />
      <VoidDialog
        person={voiding}
        onClose={() => setVoiding(null)}
        onVoided={(person) => {
          setVoiding(null);
          toast.show(t('people.voidDialog.done', { name: person.name }));
          refresh();
        }}
      />
      <ImportWizard open={importing} onClose={() => setImporting(false)} onImported={refresh} />
      <ExportDialog
        open={exporting}
        query={query}
        total={total}
        canReveal={canReveal}
        onClose={() => setExporting(false)}
      />
      <GroupCountsDialog
        open={grouping}
        query={query}
        city={session.office.role === 'city'}
        offices={offices}
        onClose={() => setGrouping(false)}
      />
      <PasteDialog request={pasting} onClose={() => setPasting(null)} onAdded={refresh} />
    </div>
  );
}
