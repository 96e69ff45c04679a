import { useTranslation } from 'react-i18next';
import { useLazyNamespace } from '../../i18n/use-lazy-namespace';
import { BriefEditor } from './brief-editor';
import { BriefList } from './brief-list';
import { useBriefsStorage } from '../shared/briefs-context';
import { NewBriefForm } from './new-brief-form';
import './prep.css';

function PrepHome() {
  const { t } = useTranslation('prep');
  const { persistent } = useBriefsStorage();
  return (
    <div className="prep">
      <title>{t('title')}</title>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {persistent === 'memory' && <p className="prep__warning">{t('memory')}</p>}
      <NewBriefForm />
      <BriefList />
    </div>
  );
}

/** /forberedelse and /forberedelse/<id>: prepare a visit with the cards, and share it. */
export function PrepPage({ briefId }: { readonly briefId?: string | undefined }) {
  useLazyNamespace('prep');
  return briefId ? <BriefEditor key={briefId} id={briefId} /> : <PrepHome />;
}
