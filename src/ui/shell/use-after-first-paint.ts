import { startTransition, useEffect, useState } from 'react';

/** After the next frame has been painted (a hidden tab, where frames wait, a moment later anyway). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });
}

/**
 * False on a component's first render, true once that render has been painted: for what is not
 * on screen yet (the back of a card face up) and can join a frame later than what is.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    void afterNextPaint().then(() => {
      if (live) startTransition(() => setPainted(true));
    });
    return () => {
      live = false;
    };
  }, []);
  return painted;
}
