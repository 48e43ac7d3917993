/** Stable anchors for numbered sections: "II.2.4" → "muc-ii-2-4", so people can cite "mục 2.4". */
export function sectionAnchor(number: string): string {
  return `muc-${number.toLowerCase().replace(/\./g, '-')}`;
}

/** Heading level for a section number: "II" → 2, "II.1" → 3, deeper → 4. */
export function headingLevel(number: string): 2 | 3 | 4 {
  const depth = number.split('.').length;
  return depth === 1 ? 2 : depth === 2 ? 3 : 4;
}

/** How a position is said to readers: "mục III.1", or "mục IV, đoạn 2" where the source prints no number. */
export function sectionLabel(number: string, numberedInSource = true): string {
  if (numberedInSource) return `mục ${number}`;
  const parts = number.split('.');
  const paragraph = parts.pop();
  return `mục ${parts.join('.')}, đoạn ${paragraph}`;
}
