import { useSyncExternalStore, type AnchorHTMLAttributes, type ReactNode } from 'react';

/**
 * A hash router: the dashboard is a static bundle behind any web server, so `#/path` needs no
 * server-side rewrite rules. Five routes do not justify a routing library.
 */
export interface Location {
  path: string;
  query: URLSearchParams;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?', 2);
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(search) };
}

export function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return parseHash(hash);
}

export function hrefTo(to: string): string {
  return `#${to}`;
}

export function navigate(to: string): void {
  window.location.hash = to;
}

/** Returns the named segments when `pattern` (e.g. `/organizations/:id`) matches `path`. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const segment = want[i] as string;
    const actual = have[i] as string;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(actual);
    else if (segment !== actual) return null;
  }
  return params;
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  children: ReactNode;
}

export function Link({ to, children, ...rest }: LinkProps) {
  return (
    <a href={hrefTo(to)} {...rest}>
      {children}
    </a>
  );
}

export interface NavLinkProps extends LinkProps {
  /** Whether the current path belongs to this link; exact match by default. */
  isActive?: (path: string) => boolean;
}

export function NavLink({ to, children, className, isActive, ...rest }: NavLinkProps) {
  const { path } = useLocation();
  const current = isActive ? isActive(path) : path === to;
  return (
    <a
      href={hrefTo(to)}
      aria-current={current ? 'page' : undefined}
      className={[className, current ? 'active' : ''].filter(Boolean).join(' ')}
      {...rest}
    >
      {children}
    </a>
  );
}
