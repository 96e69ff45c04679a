import { parseSessionState } from '../../domain/facilitator-message';
import type { SessionState } from '../../domain/facilitator-session';

/**
 * The controller's session survives a reload of its tab (sessionStorage: this tab only, gone when
 * it closes), so the timer keeps counting and blackout stays on. Never a note: only the state.
 */
export const SESSION_STORAGE_KEY = 'samarbejdskort.facilitator.session' as const;

export function loadSession(): SessionState | undefined {
  try {
    const text = sessionStorage.getItem(SESSION_STORAGE_KEY);
    return text === null ? undefined : parseSessionState(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export function saveSession(state: SessionState): void {
  try {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage blocked or full: a reload starts a fresh session, nothing worse.
  }
}
