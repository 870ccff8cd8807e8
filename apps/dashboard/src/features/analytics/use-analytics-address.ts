import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { overviewViewFromQuery, withParams, type OverviewView } from './analytics-filter';

/**
 * The analytics pages' state in the address: what is shown (measure, period, kind of region,
 * dimension filters, breakdown, sorts, regions compared) is read from the query of the current
 * address and changed by navigating to the same page with some parameters changed, so every view
 * can be shared and the back button undoes a change. The only place the analytics pages touch
 * routing.
 */
export function useAnalyticsAddress(): {
  path: string;
  query: URLSearchParams;
  view: OverviewView;
  /** Changes some parameters (null or '' removes one) and keeps the rest. */
  set: (changes: Record<string, string | null>) => void;
} {
  const { pathname: path } = useLocation();
  const [query] = useSearchParams();
  const navigate = useNavigate();
  return { path, query, view: overviewViewFromQuery(query), set: (changes) => navigate(withParams(path, query, changes)) };
}
