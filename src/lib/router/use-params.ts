import { useContext } from 'react';
import type { RouteParams } from './match-path';
import { RouteParamsContext } from './route-params-context';

/** The decoded `:param` values of the matched route. */
export function useParams(): RouteParams {
  return useContext(RouteParamsContext);
}
