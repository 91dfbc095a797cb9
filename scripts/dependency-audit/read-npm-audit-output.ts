import { z } from 'zod';
import { advisorySeveritySchema, isAtLeast, type AdvisorySeverity } from './advisory-severity';

const reportSchema = z.object({
  vulnerabilities: z.record(
    z.string(),
    z.object({
      name: z.string(),
      severity: advisorySeveritySchema,
      range: z.string(),
      /** Advisories of this package, or names of the vulnerable packages it depends on. */
      via: z.array(z.union([z.string(), z.object({ title: z.string(), url: z.string().optional() })])),
    }),
  ),
});

const failureSchema = z.object({ message: z.string(), statusCode: z.number().optional() });

/** What the registry says when it has no advisory endpoint at all; 5xx is a broken endpoint, not a missing one. */
const missingEndpointStatuses = new Set([404, 405, 501]);
const unreachableCodes = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/;

export interface NpmAuditFinding {
  readonly name: string;
  readonly severity: AdvisorySeverity;
  /** The vulnerable versions. */
  readonly range: string;
  /** Its advisories' titles, or the dependencies that make it vulnerable. */
  readonly via: readonly string[];
}

export type NpmAuditOutcome =
  | { readonly kind: 'report'; readonly findings: readonly NpmAuditFinding[]; readonly packagesWithAdvisories: number }
  | { readonly kind: 'no-endpoint'; readonly reason: string }
  | { readonly kind: 'error'; readonly reason: string };

/**
 * Reads what `npm audit --json` printed: a report (its findings of at least `threshold`), or why there is none —
 * the registry has no advisory endpoint or cannot be reached (a skip), or anything else (a failure).
 */
export function readNpmAuditOutput(stdout: string, threshold: AdvisorySeverity): NpmAuditOutcome {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    return { kind: 'error', reason: `npm audit printed no JSON: ${stdout.slice(0, 200)}` };
  }
  const report = reportSchema.safeParse(json);
  if (report.success) {
    const all = Object.values(report.data.vulnerabilities);
    const findings = all
      .filter((vulnerability) => isAtLeast(vulnerability.severity, threshold))
      .map(({ name, severity, range, via }) => ({
        name,
        severity,
        range,
        via: via.map((cause) => (typeof cause === 'string' ? `depends on ${cause}` : `${cause.title}${cause.url ? ` (${cause.url})` : ''}`)),
      }));
    return { kind: 'report', findings, packagesWithAdvisories: all.length };
  }
  const failure = failureSchema.safeParse(json);
  if (!failure.success) return { kind: 'error', reason: `npm audit printed an unknown JSON: ${stdout.slice(0, 200)}` };
  const { statusCode, message } = failure.data;
  if (statusCode !== undefined && missingEndpointStatuses.has(statusCode)) {
    return { kind: 'no-endpoint', reason: `the registry has no advisory endpoint (${statusCode})` };
  }
  const unreachable = unreachableCodes.exec(message);
  if (unreachable) return { kind: 'no-endpoint', reason: `the registry's advisory endpoint cannot be reached (${unreachable[1]})` };
  return { kind: 'error', reason: message };
}
