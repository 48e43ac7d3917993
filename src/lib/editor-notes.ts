/**
 * Editor's notes (chú thích biên tập) are written inline as <EditorNote>…</EditorNote>, which
 * renders a <editor-note> marker. A page numbers all markers in reading order — across the
 * plan body and the task and target texts nested in it — and lists the notes at the end.
 */

export interface NumberedNotes {
  /** The HTML with each marker replaced by a numbered footnote reference. */
  html: string;
  /** Note bodies (HTML) in number order. */
  notes: string[];
}

const MARKER = /<editor-note>([\s\S]*?)<\/editor-note>/g;

export const noteId = (n: number) => `chu-thich-${n}`;
export const noteRefId = (n: number) => `tham-chieu-chu-thich-${n}`;

export function numberEditorNotes(html: string): NumberedNotes {
  const notes: string[] = [];
  const numbered = html.replace(MARKER, (_, body: string) => {
    notes.push(body.trim());
    const n = notes.length;
    return `<sup class="note-ref" data-editorial><a href="#${noteId(n)}" id="${noteRefId(n)}" aria-label="Chú thích biên tập ${n}">[${n}]</a></sup>`;
  });
  return { html: numbered, notes };
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
