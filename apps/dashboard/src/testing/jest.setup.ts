import { cleanup, configure } from '@testing-library/react';

// findBy/waitFor wait up to 5 s instead of 1 s: `npm test` runs these beside whole stacks of
// services on two cores, where a render that takes 50 ms alone can take over a second.
configure({ asyncUtilTimeout: 5000 });

// Every test starts in the default language, at the root route, with nothing rendered.
// (Tests of plain modules may run in the node environment, without a window.)
beforeEach(() => {
  if (typeof window === 'undefined') return;
  window.localStorage.clear();
  window.location.hash = '';
  document.documentElement.lang = '';
});

afterEach(() => {
  if (typeof window === 'undefined') return;
  cleanup();
});
