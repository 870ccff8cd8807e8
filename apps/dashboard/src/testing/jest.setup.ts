import { cleanup } from '@testing-library/react';

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
