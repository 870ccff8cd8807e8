import { HashRouter } from 'react-router';
import { AppRoutes } from './routing/routes';

/**
 * The dashboard: react-router (declarative mode) over the address's hash (`#/path`), so the static
 * bundle is served by any web server without rewrite rules. Declarative rather than the data
 * router: the pages fetch their own data through Apollo, and the data router's code would cost
 * the first download about 15 kB gzip for loaders the dashboard does not use.
 */
export function App() {
  return (
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  );
}
