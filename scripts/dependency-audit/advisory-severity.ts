import { z } from 'zod';

/** npm's advisory severities, least to most severe. */
export const advisorySeverities = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export const advisorySeveritySchema = z.enum(advisorySeverities);
export type AdvisorySeverity = z.infer<typeof advisorySeveritySchema>;

/** Whether `severity` is `threshold` or worse. */
export function isAtLeast(severity: AdvisorySeverity, threshold: AdvisorySeverity): boolean {
  return advisorySeverities.indexOf(severity) >= advisorySeverities.indexOf(threshold);
}
