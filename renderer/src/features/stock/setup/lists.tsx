// The reference lists of 仓库资料: what each shows and edits, and which method saves it.
import type { TFunction } from 'i18next';
import { FIELD_LIMITS, type LimitedTable } from '@api/limits';
import type { CategoryRow, DonorRow, EventRow, ItemRow, WarehouseRow } from '@core/stock/contract';
import { stockCall } from '../api';
import { dateCol, quantityCol, textCol, yuanCol } from '../grid/columns';
import type { FieldSpec, Values } from './RecordForm';
import type { ReferenceListProps } from './ReferenceList';

type ListConfig<T extends { id: string; voided: boolean; voidReason: string | null }> = Omit<
  ReferenceListProps<T>,
  'canEdit'
>;
/** The fields of one table's form, each text input limited as the contract limits it (rules/limits.ts). */
const fieldsOf =
  (t: TFunction, table: LimitedTable) =>
  (name: string, kind: FieldSpec['kind'], extra: Partial<FieldSpec> = {}): FieldSpec => ({
    name,
    label: t(`stock.field.${name}`),
    kind,
    maxLength: (FIELD_LIMITS[table] as Record<string, number>)[name],
    ...extra,
  });
/** Values as the API wants them: a form's blank optional text is null. */
const as = <T,>(values: Values) => values as unknown as T;

export function itemList(t: TFunction, categories: CategoryRow[]): ListConfig<ItemRow> {
  const field = fieldsOf(t, 'stock_items');
  return {
    load: (includeVoided) => stockCall('stock.items.list', { includeVoided }),
    columns: [
      textCol(t, 'code', 100),
      textCol(t, 'name', 160, { cellClass: 'cell-strong' }),
      textCol(t, 'categoryName', 110),
      textCol(t, 'unit', 70),
      textCol(t, 'specification', 160),
      quantityCol(t, 'shelfLifeMonths', 120),
      yuanCol(t, 'unitValue', 110),
      textCol(t, 'notes', 200),
    ],
    fields: [
      field('code', 'text', { required: true }),
      field('name', 'text', { required: true }),
      field('categoryId', 'select', {
        required: true,
        options: categories.filter((c) => !c.voided).map((c) => ({ value: c.id, label: c.name })),
      }),
      field('unit', 'text', {
        required: true,
        hint: t('stock.setup.unitHint'),
        suggestions: ['顶', '床', '件', '套', '箱', '瓶', '袋', '个', '包', '桶'],
      }),
      field('specification', 'text'),
      field('shelfLifeMonths', 'int', { hint: t('stock.setup.shelfLifeHint') }),
      field('unitValue', 'money', { hint: t('stock.setup.unitValueHint') }),
      field('notes', 'textarea'),
    ],
    exportName: t('stock.setup.tabs.items'),
    emptyText: t('stock.setup.empty.items'),
    addLabel: t('stock.setup.addItem'),
    what: t('stock.setup.item'),
    titleAdd: t('stock.setup.itemTitleAdd'),
    titleEdit: (row) => t('stock.setup.itemTitleEdit', { name: row.name }),
    nameOf: (row) => row.name,
    create: (values) => stockCall('stock.items.create', as(values)),
    update: (row, values) =>
      stockCall('stock.items.update', { id: row.id, rowVersion: row.rowVersion, patch: as(values) }),
    voidRow: (row, reason) => stockCall('stock.items.void', { id: row.id, reason }),
  };
}

export function categoryList(t: TFunction): ListConfig<CategoryRow> {
  const field = fieldsOf(t, 'stock_categories');
  return {
    load: (includeVoided) => stockCall('stock.categories.list', { includeVoided }),
    columns: [
      textCol(t, 'name', 200, { cellClass: 'cell-strong' }),
      quantityCol(t, 'sortOrder', 90, { headerName: '#' }),
    ],
    fields: [field('name', 'text', { required: true })],
    exportName: t('stock.setup.tabs.categories'),
    emptyText: t('stock.setup.empty.categories'),
    addLabel: t('stock.setup.addCategory'),
    what: t('stock.setup.category'),
    titleAdd: t('stock.setup.categoryTitleAdd'),
    titleEdit: (row) => t('stock.setup.categoryTitleEdit', { name: row.name }),
    nameOf: (row) => row.name,
    create: (values) => stockCall('stock.categories.create', as(values)),
    update: (row, values) =>
      stockCall('stock.categories.update', { id: row.id, rowVersion: row.rowVersion, patch: as(values) }),
    voidRow: (row, reason) => stockCall('stock.categories.void', { id: row.id, reason }),
  };
}

export function warehouseList(t: TFunction, openLocations: (row: WarehouseRow) => void): ListConfig<WarehouseRow> {
  const field = fieldsOf(t, 'stock_warehouses');
  return {
    load: (includeVoided) => stockCall('stock.warehouses.list', { includeVoided }),
    columns: [
      textCol(t, 'code', 90),
      textCol(t, 'name', 180, { cellClass: 'cell-strong' }),
      textCol(t, 'address', 240),
      textCol(t, 'keeper', 100),
      textCol(t, 'phone', 130),
      textCol(t, 'notes', 200),
    ],
    fields: [
      field('code', 'text', { required: true }),
      field('name', 'text', { required: true }),
      field('address', 'text'),
      field('keeper', 'text'),
      field('phone', 'text'),
      field('notes', 'textarea'),
    ],
    exportName: t('stock.setup.tabs.warehouses'),
    emptyText: t('stock.setup.empty.warehouses'),
    addLabel: t('stock.setup.addWarehouse'),
    what: t('stock.setup.warehouse'),
    titleAdd: t('stock.setup.warehouseTitleAdd'),
    titleEdit: (row) => t('stock.setup.warehouseTitleEdit', { name: row.name }),
    nameOf: (row) => row.name,
    create: (values) => stockCall('stock.warehouses.create', as(values)),
    update: (row, values) =>
      stockCall('stock.warehouses.update', { id: row.id, rowVersion: row.rowVersion, patch: as(values) }),
    voidRow: (row, reason) => stockCall('stock.warehouses.void', { id: row.id, reason }),
    extraAction: { label: t('stock.setup.locations'), run: openLocations },
  };
}

export function donorList(t: TFunction): ListConfig<DonorRow> {
  const kinds = (['organisation', 'person'] as const).map((kind) => ({
    value: kind,
    label: t(`stock.donorKind.${kind}`),
  }));
  const field = fieldsOf(t, 'stock_donors');
  return {
    load: (includeVoided) => stockCall('stock.donors.list', { includeVoided }),
    columns: [
      textCol(t, 'name', 200, { cellClass: 'cell-strong' }),
      textCol(t, 'kind', 80, { valueFormatter: (p) => (p.value ? t(`stock.donorKind.${String(p.value)}`) : '') }),
      textCol(t, 'anonymous', 110, {
        valueFormatter: (p) => (p.value ? t('stock.yes') : t('stock.no')),
        cellClassRules: { 'cell-flag': (p) => Boolean(p.value) },
      }),
      textCol(t, 'contact', 100),
      textCol(t, 'phone', 130),
      textCol(t, 'address', 220),
      textCol(t, 'notes', 200),
    ],
    fields: [
      field('name', 'text', { required: true }),
      field('kind', 'select', { required: true, options: kinds }),
      field('contact', 'text'),
      field('phone', 'text'),
      field('address', 'text'),
      field('anonymous', 'check', { hint: t('stock.setup.anonymousHint') }),
      field('notes', 'textarea'),
    ],
    exportName: t('stock.setup.tabs.donors'),
    emptyText: t('stock.setup.empty.donors'),
    addLabel: t('stock.setup.addDonor'),
    what: t('stock.setup.donor'),
    titleAdd: t('stock.setup.donorTitleAdd'),
    titleEdit: (row) => t('stock.setup.donorTitleEdit', { name: row.name }),
    nameOf: (row) => row.name,
    create: (values) => stockCall('stock.donors.create', as(values)),
    update: (row, values) =>
      stockCall('stock.donors.update', { id: row.id, rowVersion: row.rowVersion, patch: as(values) }),
    voidRow: (row, reason) => stockCall('stock.donors.void', { id: row.id, reason }),
  };
}

export function eventList(t: TFunction): ListConfig<EventRow> {
  const field = fieldsOf(t, 'stock_events');
  return {
    load: (includeVoided) => stockCall('stock.events.list', { includeVoided }),
    columns: [
      textCol(t, 'name', 220, { cellClass: 'cell-strong' }),
      textCol(t, 'kind', 90),
      dateCol(t, 'date', 110),
      textCol(t, 'place', 200),
      textCol(t, 'notes', 220),
    ],
    fields: [
      field('name', 'text', { required: true }),
      field('kind', 'text', { required: true, suggestions: t('stock.setup.eventKinds').split(',') }),
      field('date', 'date', { required: true }),
      field('place', 'text'),
      field('notes', 'textarea'),
    ],
    exportName: t('stock.setup.tabs.events'),
    emptyText: t('stock.setup.empty.events'),
    addLabel: t('stock.setup.addEvent'),
    what: t('stock.setup.event'),
    titleAdd: t('stock.setup.eventTitleAdd'),
    titleEdit: (row) => t('stock.setup.eventTitleEdit', { name: row.name }),
    nameOf: (row) => row.name,
    create: (values) => stockCall('stock.events.create', as(values)),
    update: (row, values) =>
      stockCall('stock.events.update', { id: row.id, rowVersion: row.rowVersion, patch: as(values) }),
    voidRow: (row, reason) => stockCall('stock.events.void', { id: row.id, reason }),
  };
}
