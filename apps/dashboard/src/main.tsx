import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo/apollo-client';
import { App } from './app';
import { createSessionBackend } from './auth/auth-fetch';
import { SessionProvider } from './auth/session';
import { SessionStore } from './auth/session-store';
import { I18nProvider } from './i18n/i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const GRAPHQL_URI = '/graphql';
const store = new SessionStore({ backend: createSessionBackend(GRAPHQL_URI) });

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient(GRAPHQL_URI, store)}>
      <I18nProvider>
        <SessionProvider store={store}>
          <App />
        </SessionProvider>
      </I18nProvider>
    </ApolloProvider>
  </StrictMode>,
);
