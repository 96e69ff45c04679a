import { useEffect, useState } from 'react';
import { timerElapsed } from '../../domain/facilitator-session';
import type { SessionTimer } from '../../domain/facilitator-session';

/** mm:ss of the facilitator's timer, ticking once a second while it runs. */
export function LiveTimer({ timer }: { readonly timer: SessionTimer }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.runningSince === null) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [timer.runningSince]);
  const seconds = Math.floor(timerElapsed(timer, Math.max(now, timer.runningSince ?? 0)) / 1000);
  if (seconds === 0 && timer.runningSince === null) return null;
  const mmss = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <p className="live-timer">
      <time dateTime={`PT${seconds}S`}>{mmss}</time>
    </p>
  );
}
