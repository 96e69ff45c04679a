import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeBriefFragment } from '../../domain/brief-link';
import type { DecodedLink } from '../../domain/brief-link';
import { createBrief, newBriefId } from '../../domain/brief-model';
import type { Brief } from '../../domain/brief-model';
import { useLazyNamespace } from '../../i18n/use-lazy-namespace';
import { useEdition } from '../shared/edition-context';
import { Link } from '../routing/link';
import { navigate } from '../routing/use-route';
import { BriefDocument } from './brief-document';
import { downloadBriefMarkdown, useBriefMarkdown } from './brief-text';
import { useBriefsStorage } from '../shared/briefs-context';
import { browserCodec } from './browser-codec';
import './prep.css';
import { BRIEF_PAGE_RULE } from '../shared/page-rules';

function subscribeHash(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const getHash = (): string => window.location.hash;

/** The brief in the address's fragment, read again if the fragment changes. */
function useDecodedHash(): DecodedLink | undefined {
  const hash = useSyncExternalStore(subscribeHash, getHash, getHash);
  const [decoded, setDecoded] = useState<{ readonly hash: string; readonly result: DecodedLink } | undefined>(
    undefined,
  );
  useEffect(() => {
    let current = true;
    void decodeBriefFragment(hash, browserCodec()).then((result) => {
      if (current) setDecoded({ hash, result });
    });
    return () => {
      current = false;
    };
  }, [hash]);
  return decoded?.hash === hash ? decoded.result : undefined;
}

function SharedBrief({ brief }: { readonly brief: Brief }) {
  const { t } = useTranslation('prep');
  const edition = useEdition();
  const { store } = useBriefsStorage();
  const toMarkdown = useBriefMarkdown();
  const [failed, setFailed] = useState(false);

  const saveCopy = async (): Promise<void> => {
    const now = Date.now();
    const copy: Brief = { ...createBrief({ ...brief, id: newBriefId(), now }), cards: brief.cards, sheet: brief.sheet };
    try {
      await store.put(copy);
      navigate({ name: 'prep', briefId: copy.id });
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="prep print-area">
      <style>{BRIEF_PAGE_RULE}</style>
      <div className="prep__screen prep-shared__intro">
        <p className="prep-shared__notice">{t('shared.notice')}</p>
        {brief.editionVersion !== edition.version && (
          <p>{t('shared.otherEdition', { theirs: brief.editionVersion, ours: edition.version })}</p>
        )}
        <p className="prep-share__buttons">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('share.print')}
          </button>
          <button type="button" className="button" onClick={() => downloadBriefMarkdown(toMarkdown(brief), brief.name)}>
            {t('share.markdown')}
          </button>
          <button type="button" className="button" onClick={() => void saveCopy()}>
            {t('shared.saveCopy')}
          </button>
        </p>
        {failed && (
          <p className="prep__warning" role="alert">
            {t('new.failed')}
          </p>
        )}
      </div>
      <BriefDocument brief={brief} variant="page" />
    </div>
  );
}

/** /delt#…: a brief someone shared, read-only, straight from the link (nothing was sent anywhere). */
export function SharedBriefPage() {
  useLazyNamespace('prep');
  const { t } = useTranslation('prep');
  const decoded = useDecodedHash();

  const title = <title>{decoded?.ok ? `${decoded.brief.name} – ${t('shared.title')}` : t('shared.title')}</title>;

  if (decoded === undefined) {
    return (
      <>
        {title}
        <p>{t('loading')}</p>
      </>
    );
  }
  if (decoded.ok) {
    return (
      <>
        {title}
        <SharedBrief brief={decoded.brief} />
      </>
    );
  }
  return (
    <div className="prep">
      {title}
      <h1>{t('shared.refusedTitle')}</h1>
      <p role="alert">{t(`shared.problems.${decoded.problem}`)}</p>
      <p>
        <Link className="button" to={{ name: 'prep' }}>
          {t('shared.toPrep')}
        </Link>
      </p>
    </div>
  );
}
