import type { UserRole } from '../contract/user-endpoints';

/** The password of every demo account. Printed at start; change or remove the accounts before real use. */
export const demoPassword = 'bureau-demo';

export interface DemoAccount {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

/** One account per role, seeded on first start by the server and the mock. */
export const demoAccounts: readonly DemoAccount[] = [
  { id: 'u-reporter', email: 'reporter@bureau.test', name: '신대희', role: 'reporter' },
  { id: 'u-desk', email: 'desk@bureau.test', name: '김데스크', role: 'desk' },
  { id: 'u-designer', email: 'designer@bureau.test', name: '박디자인', role: 'designer' },
  { id: 'u-admin', email: 'admin@bureau.test', name: '관리자', role: 'admin' },
];
