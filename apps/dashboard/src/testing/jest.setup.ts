import { cleanup, configure } from '@testing-library/react';
import en from '../i18n/en.json';
import { registerCatalog } from '../i18n/i18n';
import kk from '../i18n/kk.json';
import ru from '../i18n/ru.json';

// Tests render in any language at once: the dictionaries the app fetches when chosen are here from the start.
registerCatalog('kk', kk);
registerCatalog('ru', ru);
registerCatalog('en', en);

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
