/**
 * Turns the corpus's code-point offsets into UTF-16 offsets (JavaScript string indices): a
 * character outside the Basic Multilingual Plane ("𝄞", most emoji) is one code point but two
 * UTF-16 units, so every offset after it moves by one.
 */
export function codePointToUtf16(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (codePoint) => codePoint;
  const units: number[] = [];
  let unit = 0;
  for (const character of text) {
    units.push(unit);
    unit += character.length;
  }
  units.push(unit);
  return (codePoint) => {
    const at = units[codePoint];
    if (at === undefined) {
      throw new Error(`offset ${codePoint} is past the text's ${units.length - 1} code points`);
    }
    return at;
  };
}
