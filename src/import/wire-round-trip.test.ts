import { describe, expect, it } from 'vitest';
import { seedPage, seedStoryText } from '../../tests/fixtures/import/seed-story-text';
import { normalizeWhitespace, textSimilarity } from '../render/text-similarity';
import { exportWireText } from '../render/wire-text';
import { importRoundupText } from './import-roundup-text';

describe('round trip: the seed page imported, then exported as Newsis wire text', () => {
  it('reads as the seed story text (≥ 99 % character similarity, whitespace normalised)', () => {
    const imported = importRoundupText(seedPage);
    if (!imported.ok) throw new Error(`the seed did not import: ${imported.error.message}`);
    const wire = exportWireText({ meta: imported.meta, body: imported.body }, { photoUrl: () => null });
    const story = seedStoryText(seedPage);
    const similarity = textSimilarity(wire, story);
    console.info(
      `export(import(seed)) vs seed story text: ${(similarity * 100).toFixed(2)} % character similarity ` +
        `(${normalizeWhitespace(wire).length} vs ${normalizeWhitespace(story).length} characters)`,
    );
    expect(similarity).toBeGreaterThanOrEqual(0.99);
  });
});
