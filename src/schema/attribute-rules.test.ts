import { describe, expect, it } from 'vitest';
import { markAttributeRules, nodeAttributeRules } from './attribute-rules';
import { proseMirrorSchema } from './prosemirror-schema';

describe('attribute rules', () => {
  it('cover every node and mark of the schema, with exactly the attributes the extensions declare', () => {
    const declared = (types: Record<string, { spec: { attrs?: Record<string, unknown> } }>) =>
      Object.fromEntries(Object.entries(types).map(([name, type]) => [name, Object.keys(type.spec.attrs ?? {}).sort()]));
    const ruled = (rules: typeof nodeAttributeRules) =>
      Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, Object.keys(rule.shape).sort()]));
    expect(ruled(nodeAttributeRules)).toEqual(declared(proseMirrorSchema.nodes));
    expect(ruled(markAttributeRules)).toEqual(declared(proseMirrorSchema.marks));
  });

  it('let a link carry its address and nothing else', () => {
    expect(Object.keys(markAttributeRules.link?.shape ?? {})).toEqual(['href']);
    expect(Object.keys(proseMirrorSchema.marks.link?.spec.attrs ?? {})).toEqual(['href']);
  });
});
