import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeBriefFragment, MAX_LINK_LENGTH, shareLink } from '../../domain/brief-link';
import type { ShareLink } from '../../domain/brief-link';
import type { Brief } from '../../domain/brief-model';
import { formatRoute } from '../routing/route';
import { QrCode } from '../shared/qr-code';
import { browserCodec } from './browser-codec';
import { downloadBriefMarkdown, useBriefMarkdown } from './brief-text';

/** The link is made again after the brief stops changing for this long. */
const LINK_DELAY_MS = 250;

/** Step 3: print, Markdown, and a link with a QR code that opens a read-only copy. */
export function SharePanel({ brief }: { readonly brief: Brief }) {
  const { t } = useTranslation('prep');
  const toMarkdown = useBriefMarkdown();
  const ids = useId();
  const [link, setLink] = useState<ShareLink | undefined>(undefined);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void encodeBriefFragment(brief, browserCodec()).then((fragment) => {
        if (!current) return;
        setLink(shareLink(`${window.location.origin}${formatRoute({ name: 'sharedBrief' })}`, fragment));
        setCopied(false);
      });
    }, LINK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [brief]);

  const downloadMarkdown = (): void => downloadBriefMarkdown(toMarkdown(brief), brief.name);
  const copy = async (url: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (an insecure context): the link is selected in its field for copying by hand.
      (document.getElementById(`${ids}-link`) as HTMLInputElement | null)?.select();
    }
  };

  return (
    <>
      <section className="prep-share__part" aria-labelledby={`${ids}-paper`}>
        <h3 id={`${ids}-paper`}>{t('share.paperHeading')}</h3>
        <p>{t('share.paperIntro')}</p>
        <p className="prep-share__buttons">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('share.print')}
          </button>
          <button type="button" className="button" onClick={downloadMarkdown}>
            {t('share.markdown')}
          </button>
        </p>
      </section>
      <section className="prep-share__part" aria-labelledby={`${ids}-link-heading`}>
        <h3 id={`${ids}-link-heading`}>{t('share.linkHeading')}</h3>
        <p>{t('share.linkIntro')}</p>
        {link === undefined && <p role="status">{t('share.making')}</p>}
        {link?.ok === false && (
          <div className="prep-share__too-long" role="status">
            <p>{t('share.tooLong', { length: link.length, max: MAX_LINK_LENGTH })}</p>
            <button type="button" className="button" onClick={downloadMarkdown}>
              {t('share.markdown')}
            </button>
          </div>
        )}
        {link?.ok && (
          <div className="prep-share__link">
            <label htmlFor={`${ids}-link`} className="prep-field__label">
              {t('share.linkLabel')}
            </label>
            <input
              id={`${ids}-link`}
              className="prep-share__url"
              type="url"
              readOnly
              value={link.url}
              onFocus={(event) => event.target.select()}
            />
            <p className="prep-share__buttons">
              <button type="button" className="button" onClick={() => void copy(link.url)}>
                {t('share.copy')}
              </button>
              <a className="button" href={link.url} target="_blank" rel="noopener">
                {t('share.open')}
              </a>
              <span role="status">{copied ? t('share.copied') : ''}</span>
            </p>
            <QrCode className="prep-share__qr" value={link.url} ecc="L" label={t('share.qr')} />
          </div>
        )}
        <p className="prep-share__privacy">{t('share.privacy')}</p>
      </section>
    </>
  );
}
