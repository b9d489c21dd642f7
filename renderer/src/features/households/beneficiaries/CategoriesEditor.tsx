// 救助类别设置: the office's beneficiary categories in their order (the defaults 低保, 特困, 残疾, 大病, 留守儿童, 孤寡老人,
// 受灾户 the first time), each with how many are in it now. Clerks add one, rename it or change its note, move it up,
// and void one nobody is in now (a reason kept).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_LIMITS } from '@api/limits';
import type { BeneficiaryCategoryRow } from '@core/households/beneficiaries/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Alert, Button, Dialog, FormField, ReasonDialog, useToast } from '../../../ui';

interface Props {
  categories: BeneficiaryCategoryRow[];
  canEdit: boolean;
  onChanged(): void;
}

const L = FIELD_LIMITS.beneficiary_categories;

export function CategoriesEditor({ categories, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const c = (key: string, values: Record<string, unknown> = {}) => t(`beneficiaries.categories.${key}`, values);
  const [added, setAdded] = useState('');
  const [editing, setEditing] = useState<BeneficiaryCategoryRow | null>(null);
  const [voiding, setVoiding] = useState<BeneficiaryCategoryRow | null>(null);
  const [error, setError] = useState<string | null>(null);

  const attempt = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      toast.show(done, 'success');
      onChanged();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  const add = () =>
    added.trim() &&
    void attempt(
      () => call('beneficiaries.categories.create', { name: added.trim() }),
      c('addedDone', { name: added.trim() }),
    ).then(() => setAdded(''));
  /** Up one place: the two categories swap their order. */
  const moveUp = (index: number) => {
    const [above, row] = [categories[index - 1]!, categories[index]!];
    const rowOrder = above.sortOrder === row.sortOrder ? Math.max(0, above.sortOrder - 1) : above.sortOrder;
    void attempt(
      async () => {
        await call('beneficiaries.categories.update', {
          id: row.id,
          rowVersion: row.rowVersion,
          patch: { sortOrder: rowOrder },
        });
        await call('beneficiaries.categories.update', {
          id: above.id,
          rowVersion: above.rowVersion,
          patch: { sortOrder: row.sortOrder },
        });
      },
      c('movedDone', { name: row.name }),
    );
  };

  return (
    <div className="hh-categories">
      {error && <Alert>{error}</Alert>}
      <table className="table hh-table" aria-label={c('title')}>
        <thead>
          <tr>
            <th>{c('name')}</th>
            <th>{c('notes')}</th>
            <th className="num">{c('current')}</th>
            {canEdit && <th />}
          </tr>
        </thead>
        <tbody>
          {categories.map((row, index) => (
            <tr key={row.id}>
              <td className="cell-strong">{row.name}</td>
              <td>{row.notes}</td>
              <td className="num">{row.current}</td>
              {canEdit && (
                <td className="hh-row-actions">
                  <Button onClick={() => setEditing(row)}>{c('edit')}</Button>
                  <Button
                    disabled={index === 0}
                    onClick={() => moveUp(index)}
                    aria-label={c('moveUpNamed', { name: row.name })}
                  >
                    {c('moveUp')}
                  </Button>
                  <Button
                    variant="quiet"
                    disabled={row.current > 0}
                    title={row.current > 0 ? c('inUse') : undefined}
                    onClick={() => setVoiding(row)}
                  >
                    {c('void')}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && (
        <div className="hh-inline-form">
          <FormField label={c('newName')}>
            <input
              type="text"
              value={added}
              maxLength={L.name}
              onChange={(e) => setAdded(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </FormField>
          <Button variant="primary" disabled={!added.trim()} onClick={add}>
            {c('add')}
          </Button>
        </div>
      )}
      <RenameDialog
        category={editing}
        onClose={() => setEditing(null)}
        onSaved={() => (setEditing(null), onChanged())}
      />
      <ReasonDialog
        open={voiding !== null}
        title={c('voidTitle', { name: voiding?.name ?? '' })}
        reasonLabel={c('voidReason')}
        submitLabel={c('void')}
        onClose={() => setVoiding(null)}
        onSubmit={async (reason) => {
          await call('beneficiaries.categories.void', { id: voiding!.id, reason });
          setVoiding(null);
          onChanged();
        }}
      />
    </div>
  );
}

function RenameDialog(props: { category: BeneficiaryCategoryRow | null; onClose(): void; onSaved(): void }) {
  const { category, onClose, onSaved } = props;
  const { t } = useTranslation();
  const c = (key: string, values: Record<string, unknown> = {}) => t(`beneficiaries.categories.${key}`, values);
  const [name, setName] = useState('');
  const [notes, setNotes] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (category && shown !== category.id) {
    setShown(category.id);
    setName(category.name);
    setNotes(category.notes ?? '');
    setError(null);
  }
  if (!category) return null;
  const save = async () => {
    try {
      await call('beneficiaries.categories.update', {
        id: category.id,
        rowVersion: category.rowVersion,
        patch: { name: name.trim(), notes: notes.trim() || null },
      });
      setShown(null);
      onSaved();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  return (
    <Dialog
      open
      title={c('editTitle', { name: category.name })}
      onClose={() => (setShown(null), onClose())}
      onSubmit={save}
      error={error}
      dirty={name !== category.name || notes !== (category.notes ?? '')}
    >
      <div className="hh-form">
        <FormField label={c('name')} required>
          <input type="text" value={name} maxLength={L.name} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormField label={c('notes')}>
          <input type="text" value={notes} maxLength={L.notes} onChange={(e) => setNotes(e.target.value)} />
        </FormField>
      </div>
    </Dialog>
  );
}
