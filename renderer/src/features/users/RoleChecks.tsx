// Roles as a group of checkboxes, each with its Chinese name and, in one line, what it may see and do; the
// roles that may see full ID numbers carry a tag saying so. Nothing is ticked unless the caller ticks it.
import { useTranslation } from 'react-i18next';
import { revealsIdNumbers, ROLES, type Role } from '@api/roles';

export function RoleChecks({
  value,
  onChange,
  error,
}: {
  value: readonly Role[];
  onChange(roles: Role[]): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const toggle = (role: Role, on: boolean) => onChange(ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <fieldset
      className={error ? 'field role-checks has-error' : 'field role-checks'}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('users.roles')}</legend>
      {ROLES.map((role) => (
        <label key={role} className="check">
          <input
            type="checkbox"
            checked={value.includes(role)}
            onChange={(event) => toggle(role, event.target.checked)}
          />
          <span className="check-label">{t(`roles.${role}`)}</span>
          <span className="check-help">
            {t(`users.roleHelp.${role}`)}
            {revealsIdNumbers(role) && <span className="tag tag-reveal">{t('users.revealsIds')}</span>}
          </span>
        </label>
      ))}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
