const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** HTML text without its tags, character references decoded ("a &amp; b" → "a & b"). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (reference, name: string) => {
      if (name.startsWith('#'))
        return String.fromCodePoint(Number(name.replace(/^#x/i, '0x').replace(/^#/, '')));
      return ENTITIES[name] ?? reference;
    });
}
