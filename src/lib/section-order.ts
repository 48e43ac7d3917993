/** Orders section numbers as a reader expects: II before IV, 2.9 before 2.10. */
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]!] ?? 0;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function compareSectionNumbers(a: string, b: string): number {
  const key = (n: string) =>
    n
      .split('.')
      .map((part, i) =>
        i === 0
          ? romanToNumber(part)
          : /^\d+$/.test(part)
            ? Number(part)
            : part.charCodeAt(0) / 1000,
      );
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const diff = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The number as printed in the source: "II.2.4" → "2.4", "III.1" → "1". */
export function printedNumber(number: string): string {
  const parts = number.split('.');
  return parts.length > 1 ? parts.slice(1).join('.') : number;
}
