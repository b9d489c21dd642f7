// A pasted block of rows becomes new people, each through people.create; then a summary: how many
// were added, and every row that was not with its problems. Rows held back only by warnings may be
// saved anyway.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { Alert, Button, Dialog } from '../../ui';
import { draftToInput } from './fields';
import { issuesOf, issueText, onlyWarnings } from './issues';
import { IssueTable, type IssueLine } from './IssueTable';
import type { PastedPerson, PastePlan } from './paste';

export interface PasteRequest {
  plan: PastePlan;
  firstColumn: string;
}

interface Failure {
  person: PastedPerson;
  lines: IssueLine[];
  warningsOnly: boolean;
}
interface Progress {
  done: number;
  total: number;
  added: number;
  failures: Failure[];
}

interface Props {
  request: PasteRequest | null;
  onClose(): void;
  onAdded(): void;
}

export function PasteDialog({ request, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const cancelled = useRef(false);

  const run = async (people: PastedPerson[], acceptWarnings: boolean, before: Progress) => {
    setRunning(true);
    cancelled.current = false;
    let state: Progress = { ...before, done: 0, total: people.length };
    for (const person of people) {
      if (cancelled.current) break;
      try {
        await call('people.create', { person: draftToInput(person.draft), acceptWarnings });
        state = { ...state, added: state.added + 1 };
      } catch (error) {
        state = { ...state, failures: [...state.failures, failureOf(person, error)] };
      }
      state = { ...state, done: state.done + 1 };
      setProgress(state);
    }
    setRunning(false);
    if (state.added > before.added) onAdded();
  };

  const failureOf = (person: PastedPerson, error: unknown): Failure => {
    const issues = issuesOf(error);
    const lines: IssueLine[] = issues
      ? issues.map((issue) => ({
          row: person.row,
          name: person.draft.name,
          field: issue.field,
          text: issueText(t, issue),
          severity: issue.severity,
        }))
      : [{ row: person.row, name: person.draft.name, field: null, text: errorText(t, error), severity: 'error' }];
    return { person, lines, warningsOnly: onlyWarnings(error) };
  };

  // Runs once per pasted block, with the handlers of the render that brought it.
  const startRun = useEffectEvent((people: PastedPerson[], start: Progress) => void run(people, false, start));
  useEffect(() => {
    if (!request) {
      setProgress(null);
      return;
    }
    const start: Progress = { done: 0, total: request.plan.people.length, added: 0, failures: [] };
    setProgress(start);
    startRun(request.plan.people, start);
    return () => {
      cancelled.current = true;
    };
  }, [request]);

  const saveWarnings = () => {
    if (!progress) return;
    const held = progress.failures.filter((failure) => failure.warningsOnly);
    const rest = { ...progress, failures: progress.failures.filter((failure) => !failure.warningsOnly) };
    void run(
      held.map((failure) => failure.person),
      true,
      rest,
    );
  };

  if (!request || !progress) return null;
  const { plan, firstColumn } = request;
  const columns = plan.mapping
    .filter(Boolean)
    .map((field) => t(`people.field.${field}`))
    .join('、');
  const heldByWarnings = progress.failures.filter((failure) => failure.warningsOnly).length;
  const failed = progress.failures.length;

  return (
    <Dialog
      open
      title={t('people.paste.title')}
      onClose={() => {
        cancelled.current = true;
        onClose();
      }}
      width="large"
      extraActions={
        !running && heldByWarnings > 0 ? (
          <Button onClick={saveWarnings}>{t('people.paste.saveWarnings', { count: heldByWarnings })}</Button>
        ) : undefined
      }
    >
      <p className="muted">
        {plan.byHeader
          ? t('people.paste.byHeader', { columns })
          : t('people.paste.byPosition', { first: t(`people.field.${firstColumn}`), columns })}
      </p>
      {running ? (
        <p role="status">{t('people.paste.working', { done: progress.done, total: progress.total })}</p>
      ) : (
        <Alert kind={failed ? 'warning' : 'success'}>
          {failed
            ? t('people.paste.summary', { added: progress.added, failed })
            : t('people.paste.summaryAllAdded', { added: progress.added })}
        </Alert>
      )}
      {failed > 0 && (
        <IssueTable
          lines={progress.failures.flatMap((failure) => failure.lines)}
          rowLabel={t('people.paste.row')}
          showName
        />
      )}
    </Dialog>
  );
}
