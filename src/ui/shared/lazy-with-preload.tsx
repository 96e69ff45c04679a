import { lazy } from 'react';
import type { ComponentProps, ComponentType } from 'react';

/**
 * A lazily loaded screen that can also be loaded before the first render. Once loaded it
 * renders directly, with no Suspense round: a deep link whose chunk was preloaded paints at once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function lazyWithPreload<C extends ComponentType<any>>(load: () => Promise<C>) {
  let loaded: C | undefined;
  let loading: Promise<C> | undefined;
  const preload = (): Promise<C> => {
    loading ??= load().then((component) => (loaded = component));
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: ComponentProps<C>) {
    const Component = (loaded ?? Lazy) as ComponentType<ComponentProps<C>>;
    return <Component {...props} />;
  }
  return { Component: Preloadable, preload };
}
