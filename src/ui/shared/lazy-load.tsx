import { use } from 'react';
import type { ComponentProps, ComponentType } from 'react';
import { forgetOnRetry } from './retry-failed';

/** A promise with the fields React's use() reads: one that says it is settled never suspends. */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * The app's one lazy boundary: what `load` imports with `import()` is a chunk of its own, loaded
 * on first render or earlier by `preload` (a deep link's screen, before the first render). Once
 * loaded it renders directly, with no Suspense round. A failed load is tried once more at once (a
 * network blip); a second failure goes to the nearest ErrorBoundary and stays until its "Prøv igen"
 * forgets it, so a chunk that is gone is not fetched in a loop.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function lazyLoad<C extends ComponentType<any>>(load: () => Promise<C>) {
  let loading: Tracked<C> | undefined;
  const preload = (): Promise<C> => {
    if (loading) return loading;
    const tracked: Tracked<C> = load().catch(load);
    tracked.status = 'pending';
    tracked.then(
      (component) => {
        tracked.status = 'fulfilled';
        tracked.value = component;
      },
      (error: unknown) => {
        tracked.status = 'rejected';
        tracked.reason = error;
        forgetOnRetry(() => (loading = undefined));
      },
    );
    loading = tracked;
    return tracked;
  };
  function Lazy(props: ComponentProps<C>) {
    // use() on every render (React asks for that); a settled load returns at once, never suspends.
    const Component = use(preload()) as ComponentType<ComponentProps<C>>;
    return <Component {...props} />;
  }
  return { Component: Lazy, preload };
}
