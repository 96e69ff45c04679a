import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '../../live/live-room';

/** Connected / reconnecting / ended, said politely to a screen reader (role status). */
export function LiveStatusBadge({ status }: { readonly status: LiveStatus }) {
  const { t } = useTranslation('live');
  return (
    <p className={`live-status live-status--${status}`} role="status">
      <span className="visually-hidden">{t('status.label')}: </span>
      {t(`status.${status}`)}
    </p>
  );
}
