// One figure of the dashboard: a label over a number and its unit; a button opening the list it counts when there
// is one (its name said to a screen reader), plain text when there is none yet.
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: number | string;
  unit: string;
  /** The list the figure opens, named for the button's accessible name. */
  opens?: { name: string; open(): void };
  tone?: 'red' | 'amber';
}

export function Figure({ label, value, unit, opens, tone }: Props) {
  const { t, i18n } = useTranslation();
  const shown = typeof value === 'number' ? value.toLocaleString(i18n.language) : value;
  const body = (
    <>
      <span className="org-figure-label">{label}</span>
      <span className="org-figure-value">
        <strong>{shown}</strong> <small>{unit}</small>
      </span>
    </>
  );
  const className = `org-figure${tone ? ` org-${tone}` : ''}`;
  if (!opens) return <div className={className}>{body}</div>;
  return (
    <button
      type="button"
      className={`${className} org-figure-link`}
      title={t('organisation.open', { what: opens.name })}
      onClick={opens.open}
    >
      {body}
    </button>
  );
}
