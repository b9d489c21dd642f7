// 新增/编辑人员: the form. Enter saves, Esc closes (asking first when something was typed). The backend's issues appear next to their fields in
// Chinese; warnings (性别与身份证号不一致) are listed with a 仍然保存 choice that resends with acceptWarnings.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, PersonField, PersonInput, PersonRow, PersonSaveResult } from '@core/people/contract';
import { ApiCallError, call } from '../../api/client';
import { errorText } from '../../i18n';
import { inputIssuesByField } from '../../i18n/inputIssues';
import { Alert, Button, Dialog, FormField, isChanged } from '../../ui';
import { CustomFieldInput } from '../customFields/CustomFieldInput';
import { useCustomDraft } from '../customFields/useCustomDraft';
import { draftToInput, EMPTY_DRAFT, PERSON_INPUT_MAX, rowToDraft, type PersonDraft } from './fields';
import { issuesLine, issuesOf, issueText } from './issues';

interface Props {
  open: boolean;
  /** null: a new person. */
  person: PersonRow | null;
  canReveal: boolean;
  onClose(): void;
  onSaved(result: PersonSaveResult, created: boolean): void;
  /** How a new person is saved, when not to the registry alone (a course's 登记新学员); with its title. */
  create?: { title: string; save(person: PersonInput, acceptWarnings: boolean): Promise<PersonSaveResult> };
}

export function PersonDialog({ open, person, canReveal, onClose, onSaved, create }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [draft, setDraft] = useState<PersonDraft>(EMPTY_DRAFT);
  const [original, setOriginal] = useState<PersonDraft>(EMPTY_DRAFT);
  const [idLocked, setIdLocked] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  // Fields the contract refused (INPUT_INVALID), marked with their rule until changed.
  const [refused, setRefused] = useState<Partial<Record<PersonField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [facets, setFacets] = useState<{ townships: string[]; villages: string[] }>({ townships: [], villages: [] });
  const custom = useCustomDraft('people', open, person);

  useEffect(() => {
    if (!open) return;
    const start = person ? rowToDraft(person) : EMPTY_DRAFT;
    setDraft(start);
    setOriginal(start);
    setIdLocked(Boolean(person?.idMasked));
    setIssues([]);
    setRefused({});
    setError(null);
  }, [open, person]);

  const customProblem = (key: string): string | undefined => custom.problem(key) ?? fieldError(key as `f${number}`);

  useEffect(() => {
    if (!open) return;
    call('people.facets', draft.township ? { township: draft.township } : {})
      .then(setFacets)
      .catch(() => undefined);
  }, [open, draft.township]);

  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const mayAccept = warnings.length > 0 && warnings.length === issues.length;
  const fieldError = (field: PersonField | `f${number}`) => {
    const found = issues.filter((issue) => issue.field === field);
    return found.length ? found.map((issue) => issueText(t, issue)).join(' ') : refused[field as PersonField];
  };
  const set = (field: PersonField) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setIssues((current) => current.filter((issue) => issue.field !== field && issue.severity === 'error'));
    setRefused(({ [field]: _fixed, ...rest }) => rest);
  };

  const reveal = async () => {
    if (!person) return;
    try {
      const { idNumber } = await call('people.revealId', { id: person.id });
      setDraft((current) => ({ ...current, idNumber }));
      setOriginal((current) => ({ ...current, idNumber }));
      setIdLocked(false);
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  const save = async (acceptWarnings: boolean) => {
    if (custom.refuses()) {
      setError(t('people.form.fixErrors'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const input = { ...draftToInput(draft), ...custom.changed(!person) };
      let result: PersonSaveResult;
      if (person) {
        const patch = Object.fromEntries(
          (Object.keys(input) as (PersonField | 'customFields')[])
            .filter((field) => field === 'customFields' || draft[field] !== original[field])
            .map((field) => [field, input[field]]),
        );
        if (!Object.keys(patch).length) {
          onClose();
          return;
        }
        result = await call('people.update', { id: person.id, rowVersion: person.rowVersion, patch, acceptWarnings });
      } else {
        result = create
          ? await create.save(input, acceptWarnings)
          : await call('people.create', { person: input, acceptWarnings });
      }
      onSaved(result, !person);
    } catch (caught) {
      const found = issuesOf(caught);
      setIssues(found ?? []);
      setRefused(
        caught instanceof ApiCallError && caught.code === 'INPUT_INVALID'
          ? inputIssuesByField(t, caught.error.details ?? {})
          : {},
      );
      setError(
        found?.some((issue) => issue.severity === 'error')
          ? t('people.form.fixErrors')
          : found
            ? null
            : errorText(t, caught),
      );
    } finally {
      setBusy(false);
    }
  };

  const text = (
    field: PersonField,
    extra: { hint?: string; required?: boolean; mono?: boolean; list?: string } = {},
  ) => (
    <FormField label={t(`people.field.${field}`)} error={fieldError(field)} hint={extra.hint} required={extra.required}>
      <input
        type="text"
        value={draft[field]}
        onChange={(event) => set(field)(event.target.value)}
        list={extra.list}
        className={extra.mono ? 'mono' : undefined}
        autoComplete="off"
        maxLength={PERSON_INPUT_MAX[field]}
      />
    </FormField>
  );

  return (
    <Dialog
      open={open}
      title={person ? t('people.form.editTitle', { name: person.name }) : (create?.title ?? t('people.form.addTitle'))}
      onClose={onClose}
      onSubmit={() => save(mayAccept)}
      busy={busy}
      error={error}
      width="large"
      dirty={isChanged(draft, original) || custom.dirty}
      submitLabel={mayAccept ? t('people.form.saveAnyway') : t('common.save')}
    >
      {warnings.length > 0 && (
        <Alert kind="warning">
          {t('people.form.warningsTitle')} {issuesLine(t, warnings)}
        </Alert>
      )}
      <div className="person-form">
        {text('name', { required: true })}
        <FormField label={t('people.field.gender')} error={fieldError('gender')}>
          <select value={draft.gender} onChange={(event) => set('gender')(event.target.value)}>
            <option value="">{t('people.form.genderUnknown')}</option>
            <option value="M">{t('people.gender.M')}</option>
            <option value="F">{t('people.gender.F')}</option>
          </select>
        </FormField>
        <div className="person-form-id">
          <FormField
            label={t('people.field.idNumber')}
            error={fieldError('idNumber')}
            hint={idLocked ? undefined : t('people.form.idHint')}
            required
          >
            <input
              type="text"
              className="mono"
              value={draft.idNumber}
              readOnly={idLocked}
              autoComplete="off"
              maxLength={PERSON_INPUT_MAX.idNumber}
              onChange={(event) => set('idNumber')(event.target.value)}
            />
          </FormField>
          {idLocked && canReveal && (
            <Button variant="quiet" onClick={() => void reveal()}>
              {t('people.form.revealToEdit')}
            </Button>
          )}
        </div>
        {text('mobile', { hint: t('people.form.mobileHint'), mono: true })}
        {text('phone', { hint: t('people.form.phoneHint'), mono: true })}
        {text('township', { list: `${listId}-townships` })}
        {text('village', { list: `${listId}-villages` })}
        {text('workUnit')}
        <FormField label={t('people.field.notes')} error={fieldError('notes')} className="person-form-wide">
          <textarea
            rows={2}
            maxLength={PERSON_INPUT_MAX.notes}
            value={draft.notes}
            onChange={(event) => set('notes')(event.target.value)}
          />
        </FormField>
        {custom.fields.map((field) => (
          <CustomFieldInput
            key={field.key}
            field={field}
            value={custom.draft[field.key]}
            error={customProblem(field.key)}
            onChange={(value) => {
              custom.set(field.key, value);
              setIssues((current) => current.filter((issue) => issue.field !== field.key));
            }}
          />
        ))}
      </div>
      <datalist id={`${listId}-townships`}>
        {facets.townships.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id={`${listId}-villages`}>
        {facets.villages.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </Dialog>
  );
}
