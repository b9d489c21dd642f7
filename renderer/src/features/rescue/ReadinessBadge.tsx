// A member's first-aid certificate state as a coloured badge: 有效 green, 即将到期 amber, 已过期 red, 无证 grey.
import { useTranslation } from 'react-i18next';
import type { Readiness } from '@rules/rescue';

export function ReadinessBadge({ readiness, title }: { readiness: Readiness; title?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`rescue-badge rescue-badge-${readiness}`} title={title}>
      {t(`rescue.readiness.${readiness}`)}
    </span>
  );
}
