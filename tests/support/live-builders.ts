import { joinLiveRoom } from '../../src/live/live-room';
import type { LiveRoom } from '../../src/live/live-room';
import type { LiveQuestion } from '../../src/domain/live-room';

/** An open question as a facilitator makes it; `overrides` for what a test is about. */
export function buildQuestion(overrides: Partial<LiveQuestion> = {}): LiveQuestion {
  return {
    id: 'q1',
    kind: 'text',
    prompt: 'Hvad tager du med herfra?',
    cardId: 'et-kort',
    openedAt: 1,
    revealed: false,
    ...overrides,
  };
}

/** Joins as the app does: the facilitator's controller (its token's role is f) also opens the answers. */
export function joinAs(port: number, room: string, token: string, key?: string): LiveRoom {
  const answers = token.startsWith('f.');
  return joinLiveRoom({ url: `ws://127.0.0.1:${port}/socket`, room, token, key, answers });
}
