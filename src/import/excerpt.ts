/** The start of a text for a warning message: `광주 광산구는 6일 영유아 수면…`. */
export function excerpt(text: string, length = 30): string {
  const characters = Array.from(text);
  return characters.length <= length ? text : `${characters.slice(0, length).join('').trimEnd()}…`;
}
