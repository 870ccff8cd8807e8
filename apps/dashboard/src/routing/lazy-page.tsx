import type { ComponentType, ReactNode } from 'react';
import { useParams, type Params, type RouteObject } from 'react-router';
import { Guard, type PageRule } from './guards';

/**
 * A route whose page module is fetched when the route is first visited (route-level code
 * splitting: the first screen downloads only the shell and the page it opens). `render` receives
 * the loaded module and the address's parameters; a page keyed by its parameters starts fresh when
 * they change (another organization, another region).
 */
export function lazyPage<M>(load: () => Promise<M>, render: (module: M, params: Readonly<Params<string>>) => ReactNode, rule?: PageRule): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const module = await load();
      const RoutePage: ComponentType = () => {
        const params = useParams();
        const page = render(module, params);
        return rule ? <Guard rule={rule}>{page}</Guard> : page;
      };
      return { Component: RoutePage };
    },
  };
}
