import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { formatRoute } from '../routing/route';
import type { Route } from '../routing/route';
import { navigate } from '../routing/use-route';

type QueryLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  readonly to: Route;
  /** e.g. "?kort=a,b": routes are paths only, so the query travels beside them. */
  readonly query: string;
  readonly children: ReactNode;
};

/** Like the app's Link, for an address with a query (a shared deck, a search). */
export function QueryLink({ to, query, onClick, children, ...rest }: QueryLinkProps) {
  const href = `${formatRoute(to)}${query}`;
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
