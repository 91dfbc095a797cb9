/**
 * Equal own enumerable values, compared with `Object.is`. For `useEditorSelector` selectors that return flat records:
 * it runs after every transaction, so it must cost less than the selector (a deep comparison would not).
 */
export function shallowEqual<Value extends object>(a: Value, b: Value | null): boolean {
  if (Object.is(a, b)) return true;
  if (b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is(Reflect.get(a, key), Reflect.get(b, key)));
}
