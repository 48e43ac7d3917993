/**
 * Text as an editor's program may have saved it, with every line ending made "\n". Editors on
 * Windows save CRLF ("\r\n"); the YAML and MDX readers would otherwise keep the "\r" in values and
 * in the rendered text, so a file must read exactly the same whatever its line endings.
 */
export const toLf = (text: string): string => text.replace(/\r\n?/g, '\n');
