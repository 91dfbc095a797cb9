import type { UserRole } from '../contract/user-endpoints';

/** The signed-in person a service call acts for. Every rule that depends on who asks takes one. */
export interface Actor {
  id: string;
  name: string;
  role: UserRole;
}
