import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyNamespace } from '../../i18n/use-lazy-namespace';
import type { Route } from '../routing/route';
import { LiveController } from './live-controller';
import { LiveParticipant } from './live-participant';
import { LiveProjector } from './live-projector';
import { readKeys } from './use-live-room';
import './live.css';

type LiveRoute = Extract<Route, { name: 'live' }>;

/** /live (participants), /live/skaerm (the projector's device), /live/styr (the facilitator): one device's part. */
export function LiveScreen({ route }: { readonly route: LiveRoute }) {
  useLazyNamespace('live');
  const { t } = useTranslation('live');
  // Read once: the fragment carries this device's token and never changes while the page is open.
  const [keys] = useState(() => readKeys(window.location.hash));
  if (route.part === 'styr') return <LiveController initialKeys={keys} />;
  if (!keys) {
    return (
      <div className="live">
        <title>{t('title')}</title>
        <p role="alert">{t('noLink')}</p>
      </div>
    );
  }
  return route.part === 'skaerm' ? <LiveProjector keys={keys} /> : <LiveParticipant keys={keys} />;
}
