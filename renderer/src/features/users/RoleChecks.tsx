// Roles as a group of checkboxes, each with its Chinese name and what it allows.
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../electron/api/roles';

export function RoleChecks({ value, onChange, error }: { value: readonly Role[]; onChange(roles: Role[]): void; error?: string }) {
  const { t } = useTranslation();
  const toggle = (role: Role, on: boolean) => onChange(ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <fieldset className={error ? 'field role-checks has-error' : 'field role-checks'} aria-invalid={error ? true : undefined}>
      <legend>{t('users.roles')}</legend>
      {ROLES.map((role) => (
        <label key={role} className="check">
          <input type="checkbox" checked={value.includes(role)} onChange={(event) => toggle(role, event.target.checked)} />
          <span className="check-label">{t(`roles.${role}`)}</span>
          <span className="check-help">{t(`users.roleHelp.${role}`)}</span>
        </label>
      ))}
      {error && <div className="field-error" role="alert">{error}</div>}
    </fieldset>
  );
}
