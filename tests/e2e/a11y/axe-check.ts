import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, type Frame, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** WCAG 2.0–2.2 A and AA; best practices are left to review. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page (or a frame of it) and fails with every serious or critical violation listed by rule,
 * help text and the elements concerned, so a failure says what to fix.
 */
export async function expectNoSeriousViolations(target: Page | Frame, screen: string): Promise<void> {
  await target.evaluate(axeSource);
  const violations = await target.evaluate(async (tags) => {
    const axe = Reflect.get(window, 'axe') as { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, wcagTags);
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary?.split('\n').join(' ') ?? ''}`).join('\n'),
  );
  expect(report, `serious or critical accessibility violations on ${screen}`).toEqual([]);
}
