import { useTranslation } from 'react-i18next';
import { QrCode } from '../shared/qr-code';
import { shortLink } from './participant-url';

/** QR code and link that open the current card on participants' own tablets; their notes stay there. */
export function JoinView({ url }: { readonly url: string }) {
  const { t } = useTranslation('facilitator');
  const link = shortLink(url);
  return (
    <div className="projector__join">
      <QrCode className="projector__qr" value={url} label={t('join.qrLabel', { url: link })} />
      <div className="projector__join-text">
        <h1 className="projector__heading">{t('join.title')}</h1>
        <p>{t('join.scan')}</p>
        <p className="projector__link">{link}</p>
        <p>{t('join.private')}</p>
      </div>
    </div>
  );
}
