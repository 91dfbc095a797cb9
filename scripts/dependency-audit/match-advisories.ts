import semver from 'semver';
import { z } from 'zod';
import { advisorySeveritySchema, isAtLeast, type AdvisorySeverity } from './advisory-severity';
import type { LockedPackage } from './lockfile-packages';

/**
 * Advisories by package name, as the registry's bulk advisory endpoint answers them
 * (`POST /-/npm/v1/security/advisories/bulk`, which `npm audit` asks) and as they can be kept offline.
 */
export const advisoryDatabaseSchema = z.record(
  z.string(),
  z.array(
    z.object({
      id: z.union([z.number(), z.string()]),
      title: z.string(),
      url: z.string(),
      severity: advisorySeveritySchema,
      /** A semver range, e.g. `<4.17.21` or `>=2.0.0 <2.3.1`. */
      vulnerable_versions: z.string(),
    }),
  ),
);
export type AdvisoryDatabase = z.infer<typeof advisoryDatabaseSchema>;

export interface AdvisoryFinding {
  readonly name: string;
  readonly version: string;
  readonly location: string;
  readonly severity: AdvisorySeverity;
  readonly title: string;
  readonly url: string;
  readonly vulnerableVersions: string;
}

/** The locked packages whose version falls in the vulnerable range of an advisory of at least `threshold`. */
export function matchAdvisories(
  packages: readonly LockedPackage[],
  database: AdvisoryDatabase,
  threshold: AdvisorySeverity,
): AdvisoryFinding[] {
  return packages.flatMap((locked) =>
    (database[locked.name] ?? [])
      .filter((advisory) => isAtLeast(advisory.severity, threshold))
      .filter((advisory) => semver.satisfies(locked.version, advisory.vulnerable_versions, { includePrerelease: true }))
      .map((advisory) => ({
        name: locked.name,
        version: locked.version,
        location: locked.location,
        severity: advisory.severity,
        title: advisory.title,
        url: advisory.url,
        vulnerableVersions: advisory.vulnerable_versions,
      })),
  );
}
