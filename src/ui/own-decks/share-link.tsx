import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeDeckShare } from '../../domain/own-deck';
import type { DeckDraft } from '../../domain/own-deck';

/** The address that opens a deck on any device with the app: names and card ids only, no notes. */
function deckShareUrl(draft: DeckDraft): string {
  return `${window.location.origin}/egne-kort/delt?${encodeDeckShare(draft)}`;
}

/** Copies a deck's link; where the clipboard is refused, the link is shown to copy by hand. */
export function ShareLink({ draft }: { readonly draft: DeckDraft }) {
  const { t } = useTranslation('shelf');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = deckShareUrl(draft);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="share-link">
      <button type="button" className="button" onClick={() => void copy()}>
        {t('share.copy', { name: draft.name })}
      </button>
      <p className="share-link__status" role="status">
        {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.failed') : ''}
      </p>
      <details className="share-link__details" open={state === 'failed'}>
        <summary>{t('share.show')}</summary>
        <input
          className="share-link__url"
          readOnly
          value={url}
          aria-label={t('share.label', { name: draft.name })}
          onFocus={(event) => event.currentTarget.select()}
        />
      </details>
    </div>
  );
}
