// A record picked by search: what is typed is searched on Enter or the find button, each match is a button that
// chooses it; a failed search is said beside the box. Extra buttons (登记新人员) follow the find button.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n';
import { Button } from './Button';

interface Props<T> {
  label: string;
  /** The box's hint when it is not the label. */
  placeholder?: string;
  findLabel: string;
  noneText: string;
  search(text: string): Promise<T[]>;
  /** A match's key and the text of its button. */
  chip(found: T): { key: string; text: string };
  onChoose(found: T): void;
  children?: ReactNode;
}

export function SearchPick<T>(props: Props<T>) {
  const { label, placeholder, findLabel, noneText, search, chip, onChoose, children } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [found, setFound] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const find = async () => {
    setError(null);
    try {
      setFound(await search(text.trim()));
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  return (
    <div className="person-search">
      <input
        type="search"
        aria-label={label}
        placeholder={placeholder ?? label}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          event.stopPropagation();
          void find();
        }}
      />
      <Button onClick={() => void find()}>{findLabel}</Button>
      {children}
      {error && <span className="field-error">{error}</span>}
      {found && (
        <div className="person-search-results">
          {found.length === 0 && <span className="muted">{noneText}</span>}
          {found.map((match) => {
            const { key, text: shown } = chip(match);
            return (
              <button key={key} type="button" className="chip" onClick={() => onChoose(match)}>
                {shown}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
