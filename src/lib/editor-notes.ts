/**
 * Editor's notes (chú thích biên tập) are written inline as <EditorNote>…</EditorNote>, which
 * renders a <editor-note> marker. A page numbers all markers in reading order — across the
 * plan body and the task and target texts nested in it — and lists the notes at the end.
 */

/** A piece of rendered HTML, or the place of the n-th note marker (numbered from 1). */
export type NotedPart = { html: string } | { noteNumber: number };

export interface NumberedNotes {
  /** The HTML in reading order, cut at each marker; the markers become numbered places. */
  parts: NotedPart[];
  /** Note bodies (HTML) in number order. */
  notes: string[];
}

const MARKER = /<editor-note>([\s\S]*?)<\/editor-note>/g;

/** Anchor of the n-th note in the list at the end, and of its reference in the text. */
export const noteId = (n: number) => `chu-thich-${n}`;
export const noteRefId = (n: number) => `tham-chieu-chu-thich-${n}`;

/** Numbers the markers of rendered HTML in reading order and takes their bodies out. */
export function numberEditorNotes(html: string): NumberedNotes {
  const parts: NotedPart[] = [];
  const notes: string[] = [];
  let from = 0;
  for (const match of html.matchAll(MARKER)) {
    if (match.index > from) parts.push({ html: html.slice(from, match.index) });
    notes.push(match[1]!.trim());
    parts.push({ noteNumber: notes.length });
    from = match.index + match[0].length;
  }
  if (from < html.length) parts.push({ html: html.slice(from) });
  return { parts, notes };
}

export interface NoteSegment {
  text: string;
  /** A note to place right after this text, if any. */
  note?: string;
}

/** Splits a frontmatter string so each quoted phrase is followed by its note. */
export function attachNotes(
  text: string,
  notes: readonly { quote: string; note: string }[],
): NoteSegment[] {
  const segments: NoteSegment[] = [];
  let rest = text;
  for (;;) {
    const hits = notes
      .map((n) => ({ ...n, at: rest.indexOf(n.quote) }))
      .filter((n) => n.at >= 0)
      .sort((a, b) => a.at - b.at);
    const first = hits[0];
    if (!first) break;
    const end = first.at + first.quote.length;
    segments.push({ text: rest.slice(0, end), note: first.note });
    rest = rest.slice(end);
  }
  if (rest) segments.push({ text: rest });
  return segments;
}
