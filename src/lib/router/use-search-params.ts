import { useMemo } from 'react';
import { useRouter } from './router-context';

/**
 * The query of the current location, in react-router's `[searchParams]` shape. There is no setter because nothing
 * sets the query yet; navigate to `?…` instead.
 */
export function useSearchParams(): readonly [URLSearchParams] {
  const { location } = useRouter();
  return useMemo(() => [new URLSearchParams(location.search)] as const, [location.search]);
}
