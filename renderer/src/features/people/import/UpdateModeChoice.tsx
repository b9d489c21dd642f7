// 更新已登记人员: the tick box that turns the import into an update by ID number, with what it does in words.
// Never pre-ticked: the clerk chooses it for a corrected roster.
import { useTranslation } from 'react-i18next';

export function UpdateModeChoice({
  checked,
  disabled,
  onChange,
}: {
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}) {
  const { t } = useTranslation();
  return (
    <p className="import-update-choice">
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby="import-update-hint"
        />
        <strong>{t('people.importWizard.update.choice')}</strong>
      </label>
      <span id="import-update-hint" className="muted">
        {t('people.importWizard.update.hint')}
      </span>
    </p>
  );
}
