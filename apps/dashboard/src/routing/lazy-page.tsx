import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useParams, type Params } from 'react-router';
import { Loading } from '../ui/status';
import { Guard, type PageRule } from './guards';

/**
 * A route's page whose module is fetched when the route is first visited (route-level code
 * splitting: the first screen downloads only the shell and the page it opens). `render` receives
 * the loaded module and the address's parameters; a page keyed by its parameters starts fresh when
 * they change (another organization, another region). A page the viewer may not open is refused
 * at once, without fetching it.
 */
export function lazyPage<M>(load: () => Promise<M>, render: (module: M, params: Readonly<Params<string>>) => ReactNode, rule?: PageRule): ComponentType {
  const Page = lazy(async () => {
    const module = await load();
    const RoutePage: ComponentType = () => <>{render(module, useParams())}</>;
    return { default: RoutePage };
  });
  const LazyRoute: ComponentType = () => {
    const page = (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
    return rule ? <Guard rule={rule}>{page}</Guard> : page;
  };
  return LazyRoute;
}
