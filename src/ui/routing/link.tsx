import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { formatRoute } from './route';
import type { Route } from './route';
import { navigate } from './use-route';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  readonly to: Route;
  /** e.g. "?kort=a,b" (a shared deck, a search): routes are paths only, so the query travels beside them. */
  readonly query?: string;
  readonly children: ReactNode;
};

/** An ordinary link (opens in a new tab, can be copied) that moves within the app without a reload. */
export function Link({ to, query = '', onClick, children, ...rest }: LinkProps) {
  const href = `${formatRoute(to)}${query}`;
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
