import { useCallback } from 'react';
import { useRouter } from './router-context';
import { formatLocation, resolveLocation } from './router-location';

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
}

export type Navigate = (to: string, options?: NavigateOptions) => void;

/** A function that moves to another location; the same function for the life of the router. */
export function useNavigate(): Navigate {
  const { history } = useRouter();
  return useCallback(
    (to, options) => {
      const path = formatLocation(resolveLocation(to, history.location));
      if (options?.replace === true) history.replace(path);
      else history.push(path);
    },
    [history],
  );
}
