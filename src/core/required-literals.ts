// Page signals are regular expressions run over error pages of up to 64 KiB. Most of them can only match
// where one of a few plain strings occurs; String.includes finds those far faster than the regex engine
// scans, so each regex is tried only on a page holding one of them.

/**
 * For each top-level alternative of `re`, the longest run of characters every match of that alternative
 * must contain; undefined when some alternative has no such run of at least `min` characters (then the
 * regex must always be tried).
 */
export function requiredLiterals(re: RegExp, min = 3): string[] | undefined {
  if (re.flags.includes('i') || re.flags.includes('u') || re.flags.includes('v')) return undefined;
  const out: string[] = [];
  for (const branch of topLevelBranches(re.source)) {
    const literal = longestRequiredRun(branch);
    if (literal === undefined || literal.length < min) return undefined;
    out.push(literal);
  }
  return out;
}

function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

const ESCAPED_LITERAL = /^[./()[\]{}|\-'"?*+^$\\:#&!@%=<>,;~` ]$/;

/** The longest run of plain characters at the branch's top level that no quantifier makes optional. */
function longestRequiredRun(branch: string): string | undefined {
  let best = '';
  let run = '';
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < branch.length; i++) {
    const c = branch[i] as string;
    const next = branch[i + 1];
    if (c === '\\') {
      const e = branch[i + 1] ?? '';
      i++;
      if (ESCAPED_LITERAL.test(e)) {
        run += e;
        if (branch[i + 1] === '?' || branch[i + 1] === '*' || branch[i + 1] === '{') {
          run = run.slice(0, -1); // that character is optional
          end();
        }
      } else end();
      continue;
    }
    if (c === '(' || c === '[') {
      end();
      i = skipGroup(branch, i);
      continue;
    }
    if (c === '.' || c === '^' || c === '$' || c === '+' || c === '?' || c === '*' || c === '{' || c === '}' || c === '|') {
      end();
      if (c === '{') i = branch.indexOf('}', i) < 0 ? branch.length : branch.indexOf('}', i);
      continue;
    }
    if (next === '?' || next === '*' || next === '{') {
      end(); // this character is optional
      continue;
    }
    run += c;
  }
  end();
  return best === '' ? undefined : best;
}

/** Index of the bracket closing the group or class that opens at `i`; a quantifier after it is skipped too. */
function skipGroup(branch: string, i: number): number {
  const open = branch[i];
  let depth = 0;
  let inClass = open === '[';
  let j = i + 1;
  for (; j < branch.length; j++) {
    const c = branch[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        if (open === '[') break;
        inClass = false;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  const after = branch[j + 1];
  if (after === '?' || after === '*' || after === '+') return j + 1;
  if (after === '{') return Math.max(j, branch.indexOf('}', j + 1));
  return j;
}
