import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { ApiError } from './api/problem';
import './styles.css';

const queries = new QueryClient({
  defaultOptions: {
    // A read the read model could not answer yet (it waited 5 s for the last command) is asked
    // again; any other refusal is shown at once (the fetch has already refreshed an expired token).
    queries: {
      retry: (failures, error) => error instanceof ApiError && error.problem.code === 'PROJECTION_LAGGING' && failures < 3,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
