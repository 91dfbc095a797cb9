import { createContext, useContext } from 'react';
import type { User } from '@/contract/user-endpoints';

/** The signed-in user, provided by the auth gate around the app; features read it to show what the role allows. */
export const CurrentUserContext = createContext<User | null>(null);

export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (user === null) throw new Error('useCurrentUser must be used inside the signed-in part of the app');
  return user;
}
