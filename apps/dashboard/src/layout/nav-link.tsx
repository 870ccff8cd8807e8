import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

export interface NavItemLinkProps {
  to: string;
  /** Whether the current path belongs to this link; exact match by default. */
  isActive?: (path: string) => boolean;
  children: ReactNode;
}

/** A menu link that says it is the current page (aria-current), by a rule of its own. */
export function NavItemLink({ to, isActive, children }: NavItemLinkProps) {
  const { pathname } = useLocation();
  const current = isActive ? isActive(pathname) : pathname === to;
  return (
    <Link to={to} aria-current={current ? 'page' : undefined} className={current ? 'active' : undefined}>
      {children}
    </Link>
  );
}
