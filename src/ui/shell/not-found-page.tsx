import { useTranslation } from 'react-i18next';
import { Link } from '../routing/link';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <div className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="button button--primary" to={{ name: 'start' }}>
        {t('notFound.back')}
      </Link>
    </div>
  );
}
