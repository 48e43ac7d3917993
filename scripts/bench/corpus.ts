/**
 * A synthetic content tree for benchmarks, never published: the real content/ folder cloned as
 * many times as needed, each clone's prose rewritten by a word-level Markov chain trained on the
 * site's own Vietnamese texts (so the words, syllable statistics and sentence lengths are real)
 * and its ids renamed so cross-references still hold. Every document type in src/content-types.ts
 * is cloned, so types added later (progress, models, stories) are in the corpus without changes
 * here, as long as their files reference plans by plan id (a plan id inside a path or a value is
 * renamed with the clone). Lists (YAML such as units and themes) are copied once. Progress figures
 * differ from clone to clone (within what the checker allows), as a real site's would: identical
 * figures would draw identical charts, which a cache keyed by content would draw only once.
 */
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseMdx } from '../../src/lib/mdx/parse.ts';
import { officialWords, type PlacedWord } from '../../src/lib/official-text.ts';

export interface CorpusOptions {
  /** The real content folder to clone. */
  source: string;
  /** Where to write the corpus (emptied first). */
  target: string;
  /** About how many pages the built site should have. */
  pages: number;
  seed?: number;
}

export interface Corpus {
  clones: number;
  files: number;
}

/** Small deterministic PRNG (mulberry32): the same seed gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/** Lines of an MDX file that are prose: not frontmatter, not a component line, not blank. */
function proseLines(text: string): { frontmatterEnd: number; lines: string[] } {
  const lines = text.split('\n');
  const frontmatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return { frontmatterEnd, lines };
}

const isProse = (line: string) =>
  line.trim() !== '' && !line.trimStart().startsWith('<') && !line.startsWith('---');

/** The official words of a body: prose lines without editor's notes, tags or numbering. */
function bodyProse(text: string): string {
  const { frontmatterEnd, lines } = proseLines(text);
  return lines
    .slice(frontmatterEnd + 1)
    .filter(isProse)
    .map((line) =>
      line
        .replace(/<EditorNote>.*?<\/EditorNote>/g, '')
        .replace(/<[^>]*>/g, '')
        .replace(NUMBERING, ''),
    )
    .join(' ');
}
/** Printed numbering kept as is ("2.1 ", "1\. ", "a) ", "- "), so the structure stays real. */
const NUMBERING = /^\s*((?:\d+(?:\.\d+)*\\?\.?|[a-zđ]\)|[-+])\s+)/;
/** Files that are content entries (or a plan's source text), as opposed to assets. */
const ENTRY_FILE = /\.(mdx|md|json|ya?ml|txt)$/;
/** Characters MDX or Markdown would read as syntax. */
const UNSAFE = /[{}<>\\*_#|[\]`]/g;

/** A word-level, order-2 Markov chain over the prose of the real content. */
class TextModel {
  private next = new Map<string, string[]>();
  private starts: string[][] = [];

  constructor(texts: string[]) {
    for (const text of texts) {
      const words = text.replace(UNSAFE, ' ').split(/\s+/).filter(Boolean);
      for (let i = 0; i + 2 < words.length; i++) {
        if (i === 0 || /[.:;]$/.test(words[i - 1]!)) this.starts.push([words[i]!, words[i + 1]!]);
        const key = `${words[i]} ${words[i + 1]}`;
        const list = this.next.get(key) ?? [];
        list.push(words[i + 2]!);
        this.next.set(key, list);
      }
    }
  }

  /** About `length` words of text, ending with a full stop. */
  sentence(length: number, rand: () => number): string {
    const out: string[] = [];
    while (out.length < length) {
      let [a, b] = this.starts[Math.floor(rand() * this.starts.length)]!;
      out.push(a!, b!);
      while (out.length < length) {
        const options = this.next.get(`${a} ${b}`);
        if (!options) break;
        const word = options[Math.floor(rand() * options.length)]!;
        out.push(word);
        [a, b] = [b, word];
      }
    }
    const text = out.join(' ').replace(/[.:;,]+$/, '');
    return `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)}.`;
  }
}

/** Writes the corpus and returns what it holds. */
export async function generateCorpus(options: CorpusOptions): Promise<Corpus> {
  const { contentTypes } = await import('../../src/content-types.ts');
  const { source, target } = options;
  const rand = random(options.seed ?? 2022);
  // Figures draw from a stream of their own, so the prose stays what it was before they varied.
  const figureRand = random((options.seed ?? 2022) + 1);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });

  const documentDirs = Object.values(contentTypes).flatMap((type) =>
    type.kind === 'documents' ? [type.dir] : [],
  );
  const plansDir = contentTypes.plans.dir;
  const planIds = readdirSync(join(source, plansDir))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, ''));
  // Entries (and a plan's source text) are cloned; assets they point to (photos…) are copied once.
  const documents = documentDirs
    .flatMap((dir) => filesUnder(join(source, dir)).map((file) => join(dir, file)))
    .filter((file) => ENTRY_FILE.test(file));
  const mdx = documents.filter((file) => file.endsWith('.mdx'));

  const planPattern = new RegExp(
    `\\b(${planIds.map((id) => id.replace(/[-]/g, '\\-')).join('|')})\\b`,
    'g',
  );
  // Everything else (lists, site settings) is copied once; a list naming a plan's entries (the
  // published figures) names those of the first clone, since only clones exist in the corpus.
  for (const file of filesUnder(source)) {
    if (documents.includes(file)) continue;
    mkdirSync(dirname(join(target, file)), { recursive: true });
    if (file.endsWith('.yaml'))
      writeFileSync(
        join(target, file),
        readFileSync(join(source, file), 'utf8').replace(planPattern, '$1-mau-00001'),
      );
    else cpSync(join(source, file), join(target, file));
  }

  const model = new TextModel(
    mdx.map((file) => bodyProse(readFileSync(join(source, file), 'utf8'))),
  );
  // Pages that do not grow with the content: home, 404, lists, themes.
  const fixedPages = 17;
  const clones = Math.max(1, Math.ceil((options.pages - fixedPages) / mdx.length));
  let files = 0;

  for (let clone = 1; clone <= clones; clone++) {
    const suffix = `-mau-${String(clone).padStart(5, '0')}`;
    const rename = (text: string) => text.replace(planPattern, `$1${suffix}`);
    for (const file of documents) {
      // A file not under a plan id gets the suffix on its own name, so clones never collide.
      const renamed = rename(file);
      const path = renamed === file ? file.replace(/(\.[a-z]+)$/, `${suffix}$1`) : renamed;
      let text = rename(readFileSync(join(source, file), 'utf8'));
      if (clone > 1 && file.startsWith(`${contentTypes.progress.dir}/`) && file.endsWith('.json'))
        text = varyFigures(
          text,
          measureKinds(
            join(
              source,
              contentTypes.targets.dir,
              relative(contentTypes.progress.dir, file).replace(/\.json$/, '.mdx'),
            ),
          ),
          figureRand,
        );
      if (file.endsWith('.mdx')) {
        // Milestones quote the official text's words; the clone's text is rewritten, so they go.
        text = text.replace(/^\s*wording: .*\n/gm, '');
        const { frontmatterEnd, lines } = proseLines(text);
        text = lines
          .map((line, index) => {
            if (index <= frontmatterEnd || !isProse(line)) return line;
            const numbering = NUMBERING.exec(line)?.[1] ?? '';
            const words = line.split(/\s+/).length;
            return `${numbering}${model.sentence(Math.max(6, words), rand)}`;
          })
          .join('\n');
      }
      mkdirSync(dirname(join(target, path)), { recursive: true });
      writeFileSync(join(target, path), text.normalize('NFC'));
      files++;
    }
    for (const plan of planIds)
      giveCloneItsOriginal(target, `${plan}${suffix}`, {
        plans: plansDir,
        tasks: contentTypes.tasks.dir,
        targets: contentTypes.targets.dir,
      });
  }
  return { clones, files };
}

/** Each measure's kind ("rate" or "count") by its id, from a target's frontmatter. */
function measureKinds(targetFile: string): Map<string, string> {
  const text = readFileSync(targetFile, 'utf8');
  const { frontmatterEnd, lines } = proseLines(text);
  const data = parseYaml(lines.slice(1, frontmatterEnd).join('\n')) as {
    measures?: { id: string; kind: string }[];
  };
  return new Map((data.measures ?? []).map((m) => [m.id, m.kind]));
}

interface ProgressPoint {
  value: number;
  numerator?: number;
  denominator?: number;
}

/**
 * A progress file's figures moved a little, as the checker still accepts them: a rate stays
 * within 0–100 % and agrees with its numerator and denominator; a count stays a whole number ≥ 0.
 */
function varyFigures(text: string, kinds: Map<string, string>, rand: () => number): string {
  const data = JSON.parse(text) as { series: { measure: string; points?: ProgressPoint[] }[] };
  // A series counted from other records (derivedFrom) has no figures of its own.
  for (const series of data.series) {
    if (!series.points) continue;
    const rate = kinds.get(series.measure) === 'rate';
    for (const point of series.points) {
      if (!rate) {
        point.value = Math.max(0, point.value + Math.floor(rand() * 4) - 1);
      } else if (point.numerator !== undefined && point.denominator) {
        const shift = Math.round((point.denominator * (rand() * 4 - 2)) / 100);
        point.numerator = Math.min(point.denominator, Math.max(0, point.numerator + shift));
        point.value = Math.round((1000 * point.numerator) / point.denominator) / 10;
      } else {
        point.value = Math.min(
          100,
          Math.max(0, Math.round((point.value + rand() * 4 - 2) * 10) / 10),
        );
      }
    }
  }
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The body of an MDX text, its frontmatter blanked as the build blanks it. */
function bodyTree(text: string) {
  const { frontmatterEnd, lines } = proseLines(text);
  const parsed = parseMdx(lines.map((line, i) => (i <= frontmatterEnd ? '' : line)).join('\n'));
  if (!('tree' in parsed)) throw new Error(`Corpus MDX does not parse: ${parsed.error.reason}`);
  return parsed.tree;
}

/**
 * The first or last words of a text, at least 12 and as many more as it takes to occur nowhere
 * else in it: the checker finds the body in the source by these words, and a Markov chain can
 * repeat a dozen words (it learnt them from one sentence of the site).
 */
function distinctEnd(words: string[], end: 'start' | 'end'): string[] {
  const occurrences = (part: string[]) =>
    words.filter((_, i) => part.every((word, j) => words[i + j] === word)).length;
  for (let length = 12; length < words.length; length++) {
    const part = end === 'start' ? words.slice(0, length) : words.slice(-length);
    if (occurrences(part) === 1) return part;
  }
  return words;
}

/**
 * A cloned plan's text was rewritten, so its provenance text is too: the plan, its tasks and its
 * targets, read as the checker reads them (src/lib/official-text.ts), become the body of its
 * `nguon/` file, followed by the original (whose header and signature lines the plan still
 * quotes); `bodyStart` and `bodyEnd` are set to the new body's first and last words.
 */
function giveCloneItsOriginal(
  target: string,
  plan: string,
  dirs: { plans: string; tasks: string; targets: string },
) {
  const planFile = join(target, dirs.plans, `${plan}.mdx`);
  const planText = readFileSync(planFile, 'utf8');
  const sourceFile = /^\s*file:\s*"([^"]+)"/m.exec(planText)?.[1];
  if (!sourceFile) throw new Error(`${planFile}: no source file`);
  const itemWords = (component: 'Task' | 'Target', id: string): PlacedWord[] => {
    const file = join(target, component === 'Task' ? dirs.tasks : dirs.targets, `${id}.mdx`);
    return officialWords(bodyTree(readFileSync(file, 'utf8')), file);
  };
  const words = officialWords(bodyTree(planText), planFile, itemWords).map((w) => w.word);
  const quoted = (part: string[]) => JSON.stringify(part.join(' '));
  writeFileSync(
    planFile,
    planText
      .replace(/^(\s*bodyStart:\s*).*$/m, `$1${quoted(distinctEnd(words, 'start'))}`)
      .replace(/^(\s*bodyEnd:\s*).*$/m, `$1${quoted(closingWords(words))}`),
  );
  const source = join(target, dirs.plans, sourceFile);
  writeFileSync(source, `${words.join(' ')}\n\n${readFileSync(source, 'utf8')}`);
}

/**
 * The last words of a body, enough of them that they are found nowhere earlier in it: the checker
 * ends the body at their first occurrence (src/lib/official-text.ts), and the rewritten text can
 * repeat a phrase ("Tôi cũng cười. Tôi cũng cười.").
 */
function closingWords(words: string[]): string[] {
  const squeezed = words.join('');
  for (let count = 12; count < words.length; count++) {
    const closing = words.slice(-count);
    if (squeezed.indexOf(closing.join('')) === squeezed.length - closing.join('').length)
      return closing;
  }
  return words;
}
