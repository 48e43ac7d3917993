import { withFileLines, type MdxRoot } from '../lib/mdx/parse.ts';
import { bodyRuleProblems, type BodyProblem, type BodyRules } from './body-rules.ts';
import { parseBody } from './mdx-syntax.ts';

/** A body checked: its tree, kept only when it has no problem, and its problems. */
export interface CheckedBody {
  tree: MdxRoot | undefined;
  problems: BodyProblem[];
}

/**
 * An MDX body parsed as the build parses it (its lines those of the file: it starts on
 * `bodyLine`), every syntax mistake told, then held to the body rules of its content type. The
 * tree is kept for checks across entries only when the body has no problem of its own. A
 * picture's address is decoded before its file is looked for ("v%C6%B0%E1%BB%9Dn.jpg" is
 * "vườn.jpg").
 */
export function checkBody(body: string, bodyLine: number, rules: BodyRules): CheckedBody {
  const parsed = parseBody(withFileLines(body, bodyLine), rules.components);
  const problems = [...parsed.problems];
  if (parsed.tree)
    problems.push(
      ...bodyRuleProblems(parsed.tree, {
        ...rules,
        imageFileProblem: (address) => rules.imageFileProblem?.(pathOf(address)),
      }),
    );
  return { tree: problems.length ? undefined : parsed.tree, problems };
}

function pathOf(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}
