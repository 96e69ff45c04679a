import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newSession } from '../../../src/domain/facilitator-session';
import { ControllerPage } from '../../../src/ui/facilitator/controller-page';
import { SESSION_STORAGE_KEY } from '../../../src/ui/facilitator/session-storage';
import { axeViolations } from '../../support/axe-violations';
import { buildCard } from '../../support/build-card';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderWithProviders } from '../../support/render-with-providers';
import { FakeBroadcastChannel, openPeer } from './fake-broadcast-channel';

const cards = [
  buildCard({ from: 'laerer', to: 'virksomhed', title: { da: 'Første kort', en: 'First card' } }),
  buildCard({ from: 'laerer', to: 'virksomhed', title: { da: 'Andet kort', en: 'Second card' } }),
  buildCard({ from: 'laerer', to: 'virksomhed', title: { da: 'Tredje kort', en: 'Third card' } }),
  buildCard({ from: 'laerer', to: 'kommune', title: { da: 'Kommunekort', en: 'Municipality card' } }),
];
const [first, second, third] = cards as [(typeof cards)[number], (typeof cards)[number], (typeof cards)[number]];
const edition = buildUiEdition({ cards });

function renderController(cardId?: string, options: Parameters<typeof renderWithProviders>[1] = {}) {
  return renderWithProviders(<ControllerPage from="laerer" to="virksomhed" cardId={cardId} />, { edition, ...options });
}

const onScreen = () => screen.getByRole('region', { name: 'På skærmen nu' });
const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('controller', () => {
  beforeEach(() => {
    vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);
    sessionStorage.clear();
  });
  afterEach(() => {
    cleanup();
    FakeBroadcastChannel.open.clear();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('shows the card on screen and the next one, claims the screen and learns when a projector opens', async () => {
    const peer = openPeer();
    renderController(second.id);
    expect(within(onScreen()).getByRole('heading', { level: 3, name: 'Andet kort' })).toBeInTheDocument();
    expect(screen.getByText('Kort 2 af 3')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Næste kort' })).getByText('Tredje kort')).toBeInTheDocument();
    await waitFor(() => expect(peer.lastState()).toMatchObject({ cardId: second.id, side: 'face', blackout: false }));
    expect(screen.getByText(/^Intet skærmvindue er åbent\./)).toBeInTheDocument();
    await peer.send({ v: 1, kind: 'hello', sender: 'projector-1', role: 'projector' });
    expect(screen.getByText('Skærmen er åben.')).toBeInTheDocument();
    // It answers the projector with the current state, so a reopened screen resumes.
    await waitFor(() => expect(peer.of('state').length).toBeGreaterThanOrEqual(2));
    expect(await axeViolations()).toEqual([]);
  });

  it('moves, flips, blacks out and shows the QR code by touch, and the address follows', async () => {
    const peer = openPeer();
    const { user } = renderController();
    await user.click(button(/^Næste/));
    await waitFor(() => expect(peer.lastState()?.cardId).toBe(second.id));
    expect(window.location.pathname).toBe(`/styr/laerer/virksomhed/${second.id}`);
    await user.click(button(/Vis bagsiden/));
    await waitFor(() => expect(peer.lastState()?.side).toBe('back'));
    expect(button(/Vis forsiden/)).toBeInTheDocument();
    await user.click(button('Mørklæg skærmen'));
    await waitFor(() => expect(peer.lastState()?.blackout).toBe(true));
    expect(button('Mørklæg skærmen')).toHaveAttribute('aria-pressed', 'true');
    expect(within(onScreen()).getByText('Mørklagt')).toBeInTheDocument();
    await user.click(button('Mørklæg skærmen'));
    await user.click(button('Vis QR-kode'));
    await waitFor(() => expect(peer.lastState()).toMatchObject({ blackout: false, join: true }));
    await user.click(button(/^← Forrige|Forrige/));
    await waitFor(() => expect(peer.lastState()).toMatchObject({ cardId: first.id, side: 'face' }));
    expect(button(/Forrige/)).toBeDisabled();
  });

  it('jumps to any card of the deck', async () => {
    const peer = openPeer();
    const { user } = renderController();
    const list = screen.getByRole('region', { name: 'Alle kort' });
    expect(within(list).getAllByRole('button')).toHaveLength(3);
    await user.click(within(list).getByRole('button', { name: /Tredje kort/ }));
    await waitFor(() => expect(peer.lastState()?.cardId).toBe(third.id));
    expect(within(list).getByRole('button', { name: /Tredje kort/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('Dette er det sidste kort.')).toBeInTheDocument();
    expect(button(/^Næste/)).toBeDisabled();
  });

  it('answers the keyboard: arrows, Space, B, T, and ? for a help overlay that Esc closes', async () => {
    const peer = openPeer();
    const { user } = renderController();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(peer.lastState()?.cardId).toBe(second.id));
    await user.keyboard('{ }');
    await waitFor(() => expect(peer.lastState()?.side).toBe('back'));
    await user.keyboard('b');
    await waitFor(() => expect(peer.lastState()?.blackout).toBe(true));
    await user.keyboard('t');
    await waitFor(() => expect(peer.lastState()?.timer.runningSince).not.toBeNull());
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(peer.lastState()?.cardId).toBe(first.id));
    // F is this window's own full screen: nothing for the projector.
    const requestFullscreen = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = requestFullscreen;
    const beforeF = peer.of('state').length;
    await user.keyboard('f');
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    expect(peer.of('state')).toHaveLength(beforeF);

    const helpButton = button(/Tastaturgenveje/);
    helpButton.focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Tastaturgenveje' });
    for (const action of [
      'Forrige / næste kort',
      'Vend kortet',
      'Mørklæg skærmen / tænd igen',
      /Fuld skærm/,
      'Start / sæt tiden på pause',
      'Vis denne hjælp',
    ]) {
      expect(within(dialog).getByText(action)).toBeInTheDocument();
    }
    expect(within(dialog).getByRole('button', { name: 'Luk' })).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
    // Shortcuts rest while the help is open.
    const sent = peer.of('state').length;
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(helpButton).toHaveFocus();
    expect(peer.of('state')).toHaveLength(sent);
  });

  it('times the session: start, pause, resume and reset', async () => {
    // The clock and the display's tick are fake; everything else (the channel, user-event) runs for real.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const peer = openPeer();
    const { user } = renderController();
    const timer = screen.getByRole('timer', { name: 'Tid' });
    expect(timer).toHaveTextContent('0:00');
    expect(button('Nulstil tiden')).toBeDisabled();
    await user.click(button('Start tiden'));
    act(() => {
      vi.advanceTimersByTime(65_000);
    });
    expect(timer).toHaveTextContent('1:05');
    await user.click(button('Sæt tiden på pause'));
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(timer).toHaveTextContent(/^1:05/);
    expect(timer).toHaveTextContent('på pause');
    await user.click(button('Fortsæt tiden'));
    await user.click(button('Nulstil tiden'));
    expect(timer).toHaveTextContent('0:00');
    await vi.waitFor(() => expect(peer.lastState()?.timer).toEqual({ runningSince: null, elapsedMs: 0 }));
  });

  it('keeps the facilitator’s note on this device: it is never sent to the screen', async () => {
    const peer = openPeer();
    const { user, store } = renderController();
    await user.type(screen.getByRole('textbox', { name: 'Din note' }), 'Hemmelig note om Peter');
    await waitFor(async () => expect((await store.get(first.id))?.text).toBe('Hemmelig note om Peter'));
    await user.click(button(/Vis bagsiden/));
    await waitFor(() => expect(peer.lastState()?.side).toBe('back'));
    expect(JSON.stringify(peer.received)).not.toContain('Hemmelig');
    expect(screen.getByText('Din note bliver på denne enhed og vises aldrig på skærmen.')).toBeInTheDocument();
  });

  it('gives way to a controller that opens later, says so, and can take over again', async () => {
    const peer = openPeer();
    const { user } = renderController();
    await waitFor(() => expect(peer.of('state')).toHaveLength(1));
    const ours = peer.of('state')[0];
    if (!ours) throw new Error('no claim');
    const theirs = { ...newSession({ from: 'laerer', to: 'virksomhed' }, third.id, 'da'), side: 'back' as const };
    await peer.send(peer.stateMessage(theirs, ours.epoch + 10, 1, 'other-tablet'));

    expect(screen.getByRole('alert')).toHaveTextContent('En anden enhed styrer skærmen nu.');
    // It shows what the room sees, and its controls rest.
    expect(within(onScreen()).getByRole('heading', { name: 'Tredje kort' })).toBeInTheDocument();
    expect(button(/Vis forsiden/)).toBeDisabled();
    expect(button('Mørklæg skærmen')).toBeDisabled();
    const before = peer.of('state').length;
    await user.keyboard('{ArrowLeft}');
    expect(peer.of('state')).toHaveLength(before);

    await user.click(button('Tag styringen tilbage'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(peer.of('state').at(-1)).toMatchObject({ sender: ours.sender, state: { cardId: third.id, side: 'back' } }),
    );
    expect(peer.of('state').at(-1)?.epoch).toBeGreaterThan(ours.epoch + 10);
    await user.click(button(/Vis forsiden/));
    await waitFor(() => expect(peer.lastState()?.side).toBe('face'));

    await peer.send({ v: 1, kind: 'bye', sender: 'other-tablet', role: 'controller' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the controller that took over has closed', async () => {
    const peer = openPeer();
    renderController();
    await waitFor(() => expect(peer.of('state')).toHaveLength(1));
    const epoch = (peer.of('state')[0]?.epoch ?? 0) + 5;
    await peer.send(
      peer.stateMessage(newSession({ from: 'laerer', to: 'virksomhed' }, second.id, 'da'), epoch, 1, 'other-tablet'),
    );
    await peer.send({ v: 1, kind: 'bye', sender: 'other-tablet', role: 'controller' });
    expect(screen.getByRole('alert')).toHaveTextContent('Den anden styring er lukket.');
  });

  it('survives a reload of its tab: blackout, side and timer come back', async () => {
    const first = renderController();
    await first.user.click(button(/Vis bagsiden/));
    await first.user.click(button('Mørklæg skærmen'));
    await first.user.click(button('Start tiden'));
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toMatchObject({
      side: 'back',
      blackout: true,
    });
    cleanup();
    renderController();
    expect(button('Mørklæg skærmen')).toHaveAttribute('aria-pressed', 'true');
    expect(button(/Vis forsiden/)).toBeInTheDocument();
    expect(button('Sæt tiden på pause')).toBeInTheDocument();
  });

  it('says so when the deck has no cards', () => {
    renderWithProviders(<ControllerPage from="elev" to="laerer" />, { edition });
    expect(screen.getByText('Der er ingen kort i dette kortspil.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tilbage til kortene' })).toHaveAttribute('href', '/kort/elev/laerer');
  });
});
