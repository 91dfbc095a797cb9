import type { LineTemplate } from './house-styles/house-style';

const placeholderPattern = /\{([A-Za-z]+)\}/g;

export type TemplateValues = Readonly<Record<string, string>>;

/**
 * Fills one template part; null when a placeholder in it has no value or an empty one, so the caller can drop the
 * whole part. Values are inserted as text once, never scanned again for placeholders.
 */
export function fillTemplatePart(part: string, values: TemplateValues): string | null {
  let complete = true;
  const filled = part.replace(placeholderPattern, (_match, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined || value === '') {
      complete = false;
      return '';
    }
    return value;
  });
  return complete ? filled : null;
}

/** The parts that could be filled, in order. */
export function fillTemplateParts(parts: readonly string[], values: TemplateValues): string[] {
  return parts.flatMap((part) => {
    const filled = fillTemplatePart(part, values);
    return filled === null || filled === '' ? [] : [filled];
  });
}

/** Fills a line template: the filled parts joined by its separator, parts with a missing value left out. */
export function fillLineTemplate(template: LineTemplate, values: TemplateValues): string {
  return fillTemplateParts(template.parts, values).join(template.separator);
}
