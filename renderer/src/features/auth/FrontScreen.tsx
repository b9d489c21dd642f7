// The frame of the screens before sign-in (first run, login): language switch, the app's mark and one card.
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { Icon } from '../../ui';

export function FrontScreen({
  wide,
  onSubmit,
  children,
}: {
  wide?: boolean;
  onSubmit(event: FormEvent): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="front">
      <div className="front-lang">
        <LanguageSwitch />
      </div>
      <form className={wide ? 'front-card front-card-wide' : 'front-card'} onSubmit={onSubmit} noValidate>
        <div className="front-brand">
          <span className="brand-mark">
            <Icon name="cross" size={20} />
          </span>
          {t('app.name')}
        </div>
        {children}
      </form>
    </div>
  );
}
