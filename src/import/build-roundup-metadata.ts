import { reporterSchema, type RoundupMetadata } from '@/schema/roundup-metadata';
import type { DraftMetadata, WarnFunction } from './import-draft';

const limits = { kicker: 30, headline: 120, region: 20, outlet: 30, reporterName: 40, reporters: 10 } as const;

function clip(value: string, limit: number, field: string, warn: WarnFunction): string {
  const characters = Array.from(value);
  if (characters.length <= limit) return value;
  warn('metadata_clipped', `The ${field} was longer than the form allows (${limit} characters) and was cut; check it.`);
  return characters.slice(0, limit).join('').trim();
}

/** The form fields from the draft, cut to what the metadata schema accepts, each cut reported. */
export function buildRoundupMetadata(meta: DraftMetadata, warn: WarnFunction): RoundupMetadata {
  if (meta.reporters.length > limits.reporters) {
    warn('metadata_clipped', `Only the first ${limits.reporters} reporters were kept.`);
  }
  const reporters = meta.reporters.slice(0, limits.reporters).map((reporter) => {
    const name = clip(reporter.name, limits.reporterName, 'reporter name', warn);
    const parsed = reporterSchema.safeParse({ name, email: reporter.email });
    return parsed.success ? parsed.data : { name, email: '' };
  });
  return {
    kicker: clip(meta.kicker.replace(/[[\]【】]/g, '').trim(), limits.kicker, 'kicker', warn),
    headline: clip(meta.headline, limits.headline, 'headline', warn),
    region: clip(meta.region, limits.region, 'region', warn),
    outlet: clip(meta.outlet, limits.outlet, 'outlet', warn),
    houseStyle: meta.houseStyle ?? 'newsis',
    reporters,
    registeredAt: meta.registeredAt,
  };
}
