// Whom a collection is for: a class (school, then class, from the youth members on the roster), a unit (a group
// member, or the members working there), or members found one by one (Enter finds, each match is a button).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberFacets, MemberQuery, MemberRow } from '@core/members/roster/contract';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n';
import { Button, FormField, Tabs } from '../../../ui';

export type SourceKind = 'class' | 'unit' | 'pick';

interface Props {
  facets: MemberFacets | null;
  source: SourceKind;
  onSource(source: SourceKind): void;
  /** A class or unit chosen: the list becomes its members. */
  onGroup(query: MemberQuery): void;
  /** A member found and added to the list. */
  onAdd(member: MemberRow): void;
  listed: ReadonlySet<string>;
}

export function DuesSource({ facets, source, onSource, onGroup, onAdd, listed }: Props) {
  const { t } = useTranslation();
  const d = (key: string, values: Record<string, unknown> = {}) => t(`memberDues.${key}`, values);
  const [school, setSchool] = useState('');
  const [className, setClassName] = useState('');
  const [unit, setUnit] = useState('');
  const [text, setText] = useState('');
  const [found, setFound] = useState<MemberRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const classes = facets?.schools.find((s) => s.school === school)?.classes ?? [];

  const find = async () => {
    setError(null);
    try {
      setFound((await call('members.list', { search: text.trim(), offset: 0, limit: 8 })).rows);
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  const byClass = (
    <div className="mem-source-row">
      {facets && facets.schools.length === 0 && <p className="muted">{d('noClasses')}</p>}
      <FormField label={d('school')}>
        <select
          value={school}
          onChange={(event) => {
            setSchool(event.target.value);
            setClassName('');
          }}
        >
          <option value="">{d('pickSchool')}</option>
          {facets?.schools.map((s) => (
            <option key={s.school} value={s.school}>
              {s.school}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={d('className')}>
        <select
          value={className}
          disabled={!school}
          onChange={(event) => {
            setClassName(event.target.value);
            if (event.target.value) onGroup({ school, className: event.target.value, kind: 'youth' });
          }}
        >
          <option value="">{d('pickClass')}</option>
          {classes.map((c) => (
            <option key={c.className} value={c.className}>
              {d('classOption', { name: c.className, count: c.members })}
            </option>
          ))}
        </select>
      </FormField>
    </div>
  );
  const byUnit = (
    <div className="mem-source-row">
      {facets && facets.units.length === 0 && <p className="muted">{d('noUnits')}</p>}
      <FormField label={d('unit')}>
        <select
          value={unit}
          onChange={(event) => {
            setUnit(event.target.value);
            if (event.target.value) onGroup({ unit: event.target.value });
          }}
        >
          <option value="">{d('pickUnit')}</option>
          {facets?.units.map((u) => (
            <option key={u.unit} value={u.unit}>
              {d('classOption', { name: u.unit, count: u.members })}
            </option>
          ))}
        </select>
      </FormField>
    </div>
  );
  const byPick = (
    <div className="person-search">
      <input
        type="search"
        aria-label={d('find')}
        placeholder={d('find')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          void find();
        }}
      />
      <Button onClick={() => void find()}>{d('findButton')}</Button>
      {error && <span className="field-error">{error}</span>}
      {found && (
        <div className="person-search-results">
          {found.length === 0 && <span className="muted">{d('noFound')}</span>}
          {found.map((member) => (
            <button
              key={member.id}
              type="button"
              className="chip"
              disabled={listed.has(member.id)}
              title={listed.has(member.id) ? d('added') : d('add')}
              onClick={() => onAdd(member)}
            >
              {member.name} {member.cardNumber} {member.className ?? member.unitName ?? ''}
            </button>
          ))}
        </div>
      )}
    </div>
  );
  return (
    <Tabs
      label={d('source')}
      current={source}
      onChange={(id) => onSource(id as SourceKind)}
      items={[
        { id: 'class', label: d('byClass'), content: byClass },
        { id: 'unit', label: d('byUnit'), content: byUnit },
        { id: 'pick', label: d('byPick'), content: byPick },
      ]}
    />
  );
}
