import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newSession } from '../../../src/domain/facilitator-session';
import type { SessionState } from '../../../src/domain/facilitator-session';
import { axeViolations } from '../../support/axe-violations';
import { buildCard } from '../../support/build-card';
import { buildUiEdition } from '../../support/build-ui-edition';
import { FakeBroadcastChannel, openPeer } from './fake-broadcast-channel';
import { renderProjector as renderWith } from './render-projector';
import { decodeQrSvg } from '../shared/decode-qr';

const card = buildCard({
  from: 'laerer',
  to: 'virksomhed',
  title: { da: 'Planlæg sammen', en: 'Plan together' },
  tip: {
    printed: 'Aftal mål.',
    text: { da: 'Aftal mål med virksomheden.', en: 'Agree on goals with the company.' },
    errata: [],
  },
  reflection: { da: 'Hvem gør hvad?', en: 'Who does what?' },
});
const other = buildCard({ from: 'laerer', to: 'virksomhed', title: { da: 'Andet kort', en: 'Another card' } });
const edition = buildUiEdition({ cards: [card, other] });
const base: SessionState = newSession({ from: 'laerer', to: 'virksomhed' }, card.id, 'da');

function renderProjector() {
  return renderWith(edition);
}

describe('projector', () => {
  beforeEach(() => vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel));
  afterEach(() => {
    cleanup();
    FakeBroadcastChannel.open.clear();
    vi.unstubAllGlobals();
  });

  it('waits for the controller when opened on its own, and asks for the current state', async () => {
    const peer = openPeer();
    renderProjector();
    expect(screen.getByRole('heading', { level: 1, name: 'Venter på styring' })).toBeInTheDocument();
    await waitFor(() => expect(peer.of('hello')).toEqual([expect.objectContaining({ role: 'projector' })]));
    expect(await axeViolations()).toEqual([]);
  });

  it('shows the face, then the back with tip and reflection, as the controller says', async () => {
    const peer = openPeer();
    renderProjector();
    await peer.send(peer.stateMessage(base, 100, 1));
    expect(screen.getByRole('heading', { level: 1, name: 'Planlæg sammen' })).toBeInTheDocument();
    expect(screen.getByText('Lærer')).toBeInTheDocument();
    expect(screen.queryByText('Aftal mål med virksomheden.')).not.toBeInTheDocument();

    await peer.send(peer.stateMessage({ ...base, side: 'back' }, 100, 2));
    expect(screen.getByText('Aftal mål med virksomheden.')).toBeInTheDocument();
    expect(screen.getByText('Hvem gør hvad?')).toBeInTheDocument();
    // Never a place for a note on the room's screen.
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('goes dark on blackout and comes back', async () => {
    const peer = openPeer();
    renderProjector();
    await peer.send(peer.stateMessage({ ...base, blackout: true }, 100, 1));
    expect(screen.getByRole('main')).toHaveAttribute('data-view', 'blackout');
    expect(screen.getByRole('heading', { level: 1, name: 'Skærmen er mørklagt' })).toBeInTheDocument();
    expect(screen.queryByText('Planlæg sammen')).not.toBeInTheDocument();
    await peer.send(peer.stateMessage(base, 100, 2));
    expect(screen.getByRole('heading', { level: 1, name: 'Planlæg sammen' })).toBeInTheDocument();
  });

  it('shows a QR code and a short link to the same deck and card', async () => {
    const peer = openPeer();
    renderProjector();
    await peer.send(peer.stateMessage({ ...base, join: true }, 100, 1));
    const link = `${window.location.host}/kort/laerer/virksomhed/${card.id}`;
    expect(screen.getByText(link)).toBeInTheDocument();
    const name = `QR-kode, der åbner kortet: ${link}`;
    expect(screen.getByRole('img', { name }).tagName.toLowerCase()).toBe('svg');
    expect(decodeQrSvg(screen.getByRole('img', { name }) as unknown as SVGElement)).toBe(
      `${window.location.origin}/kort/laerer/virksomhed/${card.id}`,
    );
  });

  it('ignores malformed messages, other versions and outranked controllers', async () => {
    const peer = openPeer();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderProjector();
    await peer.send(peer.stateMessage(base, 100, 1));
    await peer.send({ ...peer.stateMessage({ ...base, blackout: true }, 100, 2), v: 2 });
    await peer.send('{"v":1,"kind":');
    await peer.send({
      v: 1,
      kind: 'state',
      sender: 'x',
      epoch: 100,
      seq: 3,
      state: { ...base, cardId: '<img src=x>' },
    });
    await peer.send(peer.stateMessage({ ...base, cardId: other.id }, 99, 9, 'older-controller'));
    expect(screen.getByRole('heading', { level: 1, name: 'Planlæg sammen' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('data-view', 'card');
    // Development builds say why a message was dropped.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unsupported version 2'), expect.anything());
    await peer.send(peer.stateMessage({ ...base, cardId: other.id }, 101, 1, 'newer-controller'));
    expect(screen.getByRole('heading', { level: 1, name: 'Andet kort' })).toBeInTheDocument();
  });

  it('passes laptop keys on to the controller, but keeps full screen to itself', async () => {
    const peer = openPeer();
    const { user } = renderProjector();
    await peer.send(peer.stateMessage(base, 100, 1));
    await user.keyboard('{ArrowRight}b{ }t{ArrowLeft}');
    await waitFor(() =>
      expect(peer.of('command').map((m) => m.command)).toEqual(['next', 'blackout', 'flip', 'timer', 'previous']),
    );
    const requestFullscreen = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = requestFullscreen;
    await user.keyboard('f?');
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    expect(peer.of('command')).toHaveLength(5);
  });

  it('follows the facilitator’s language', async () => {
    const peer = openPeer();
    const { i18n } = renderProjector();
    await peer.send(peer.stateMessage({ ...base, lang: 'en' }, 100, 1));
    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan together' })).toBeInTheDocument();
  });

  it('opened by the Presentation API, greets the controller over its connection and shows what it sends', async () => {
    const sent: string[] = [];
    const onMessage: ((event: { readonly data: unknown }) => void)[] = [];
    const connection = {
      state: 'connected',
      send: (text: string) => sent.push(text),
      addEventListener: (type: string, listener: (event: { readonly data: unknown }) => void) => {
        if (type === 'message') onMessage.push(listener);
      },
    };
    const connectionList = Promise.resolve({ connections: [connection], addEventListener: () => undefined });
    Object.defineProperty(navigator, 'presentation', { configurable: true, value: { receiver: { connectionList } } });
    try {
      renderProjector();
      await waitFor(() =>
        expect(sent.map((text) => JSON.parse(text) as unknown)).toContainEqual(
          expect.objectContaining({ kind: 'hello', role: 'projector' }),
        ),
      );
      const peer = openPeer();
      act(() => {
        for (const listener of onMessage) listener({ data: JSON.stringify(peer.stateMessage(base, 100, 1)) });
      });
      expect(screen.getByRole('heading', { level: 1, name: 'Planlæg sammen' })).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'presentation');
    }
  });

  it('says goodbye when the window closes, so the controller stops counting it', async () => {
    const peer = openPeer();
    renderProjector();
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(() => expect(peer.of('bye')).toEqual([expect.objectContaining({ role: 'projector' })]));
    expect(within(screen.getByRole('main')).getByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});
