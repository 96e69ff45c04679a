import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTimerRunning, timerElapsed } from '../../domain/facilitator-session';
import type { SessionTimer as Timer } from '../../domain/facilitator-session';

/** 0:05, 12:34, 1:02:03. */
export function formatDuration(ms: number): string {
  const total = Math.floor(ms / 1000);
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The clock, re-read four times a second while the timer runs (a paused timer needs no clock). */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [running]);
  return now;
}

interface SessionTimerProps {
  readonly timer: Timer;
  readonly disabled: boolean;
  readonly onToggle: () => void;
  readonly onReset: () => void;
}

/** The session clock: start, pause, reset. It keeps counting across a reload of the controller. */
export function SessionTimer({ timer, disabled, onToggle, onReset }: SessionTimerProps) {
  const { t } = useTranslation('facilitator');
  const running = isTimerRunning(timer);
  const elapsed = timerElapsed(timer, useNow(running));
  const toggleLabel = running ? t('timer.pause') : elapsed > 0 ? t('timer.resume') : t('timer.start');
  return (
    <section className="controller__panel controller__timer" aria-labelledby="facilitator-timer-heading">
      <h2 id="facilitator-timer-heading">{t('timer.heading')}</h2>
      <p className="controller__clock" role="timer" aria-labelledby="facilitator-timer-heading">
        {formatDuration(elapsed)}
        {!running && elapsed > 0 && <span className="controller__clock-state"> ({t('timer.paused')})</span>}
      </p>
      <div className="controller__buttons">
        <button type="button" className="button" onClick={onToggle} disabled={disabled} aria-keyshortcuts="T">
          {toggleLabel}
        </button>
        <button type="button" className="button" onClick={onReset} disabled={disabled || (elapsed === 0 && !running)}>
          {t('timer.reset')}
        </button>
      </div>
    </section>
  );
}
