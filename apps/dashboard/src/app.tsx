import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { routes } from './routing/routes';

/**
 * The dashboard: react-router over the address's hash (`#/path`), so the static bundle is served
 * by any web server without rewrite rules. The router reads the address when the app starts.
 */
export function App() {
  const [router] = useState(() => createHashRouter(routes));
  return <RouterProvider router={router} />;
}
