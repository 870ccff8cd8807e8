import { cleanup } from '@testing-library/react';

// Every test starts in the default language, at the root route, with nothing rendered.
beforeEach(() => {
  window.localStorage.clear();
  window.location.hash = '';
  document.documentElement.lang = '';
});

afterEach(() => {
  cleanup();
});
