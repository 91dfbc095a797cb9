/**
 * Gzipped JavaScript each route may load before it can be used (issue 6). The editor's figure is the goal from
 * the issue; the others keep what was measured when the budget was set, with a little room, so that a growing
 * dashboard is noticed too. Raise one only with a reason in the commit message.
 *
 * Since issue 14 the bytes counted are the `.gz` files the build writes and the server sends (gzip level 9, where
 * the check used to gzip each file itself at level 6: 249.5 against 249.8 KiB on the editor route, so the numbers
 * kept their meaning and were not re-based). gzip and not brotli is what the budget holds because it is the most
 * any browser is sent: browsers offer brotli over https (and localhost) only, so on a plain-http `npm start`
 * reached by its address gzip is what arrives; brotli is 12 % smaller again (218.9 KiB), printed beside.
 */
export interface RouteBudget {
  route: string;
  /** Manifest keys: the page entry, and the route's lazily loaded screen. */
  entries: readonly string[];
  maxGzipKiB: number;
}

export const routeBudgets: readonly RouteBudget[] = [
  { route: '/roundups/:id (editor)', entries: ['index.html', 'src/features/editor/components/roundup-editor-page.tsx'], maxGzipKiB: 250 },
  { route: '/ (dashboard)', entries: ['index.html', 'src/features/roundups/components/dashboard-page.tsx'], maxGzipKiB: 140 },
];
