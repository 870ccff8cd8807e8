import { useLocation as useRouterLocation, useSearchParams } from 'react-router';

/**
 * The analytics pages' address helpers over react-router while those pages move to its hooks
 * (`useSearchParams`, `useNavigate`, `Link`); nothing else uses this module.
 */
export { Link } from 'react-router';

export interface Location {
  path: string;
  query: URLSearchParams;
}

export function useLocation(): Location {
  const { pathname } = useRouterLocation();
  const [query] = useSearchParams();
  return { path: pathname, query };
}

/**
 * Goes to `to` (`/path?query`): a new history entry for `#to`, announced the way the browser
 * announces going back, which the hash router follows.
 */
export function navigate(to: string): void {
  window.history.pushState(null, '', `#${to}`);
  window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
}
