/**
 * `npx tsx scripts/dependency-audit/dependency-audit.ts [report.json]`: the lockfile's production dependencies
 * against known advisories; exits 1 on a high or critical one. Writes `{ status }` (passed, failed or skipped) to
 * the report file for the test summary; a registry without an advisory endpoint is a skip, with the reason printed.
 */
import { writeFileSync } from 'node:fs';
import { auditDependencies } from './audit-dependencies';

const reportFile = process.argv[2];
const advisoriesFile = process.env.AUDIT_ADVISORIES_FILE;
const result = await auditDependencies({
  cwd: process.cwd(),
  threshold: 'high',
  ...(advisoriesFile ? { advisoriesFile } : {}),
});
for (const line of result.lines) console.log(line);
if (reportFile !== undefined) writeFileSync(reportFile, `${JSON.stringify({ status: result.status })}\n`);
process.exit(result.status === 'failed' ? 1 : 0);
