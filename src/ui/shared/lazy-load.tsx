import { use } from 'react';
import type { ComponentProps, ComponentType } from 'react';
import { forgetOnRetry } from './retry-failed';

/**
 * The app's one lazy boundary: what `load` imports with `import()` is a chunk of its own, loaded
 * on first render or earlier by `preload` (a deep link's screen, before the first render). Once
 * loaded it renders directly, with no Suspense round. A failed load is tried once more at once (a
 * network blip); a second failure goes to the nearest ErrorBoundary and stays until its "Prøv igen"
 * forgets it, so a chunk that is gone is not fetched in a loop.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function lazyLoad<C extends ComponentType<any>>(load: () => Promise<C>) {
  let loaded: C | undefined;
  let loading: Promise<C> | undefined;
  const preload = (): Promise<C> => {
    loading ??= load()
      .catch(load)
      .then(
        (component) => (loaded = component),
        (error: unknown) => {
          forgetOnRetry(() => (loading = undefined));
          throw error;
        },
      );
    return loading;
  };
  function Lazy(props: ComponentProps<C>) {
    const Component = (loaded ?? use(preload())) as ComponentType<ComponentProps<C>>;
    return <Component {...props} />;
  }
  return { Component: Lazy, preload };
}
