/**
 * Rule ids and the tests that cite them (issue 14, deliverable 8).
 *
 * A rules file is any Markdown file of the project that defines rules as list items opening
 * with a bold id (`- **F12** At most 5 MiB ...`) or as a heading ending in the id in
 * parentheses (`## Top-level shared types (L1)`). An id is a family (one to three capitals)
 * and a number; a family belongs to exactly one file. A rule that no test cites on purpose says
 * so in its own text, with the reason: `(untested: <why>)`.
 *
 * A test cites rules in its title (`it`, `test`, `describe`), in square brackets at any place:
 * `it("[S17] ...")`, `it("[F1, F2] ...")`, `it("[C1][C2] ...")`.
 */

/** One rule as its file defines it. */
export interface RuleDefinition {
  readonly id: string;
  readonly family: string;
  readonly file: string;
  readonly line: number;
  /** The reason given in `(untested: <reason>)`, else null. */
  readonly untested: string | null;
}

/** One citation of a rule id in a test title. */
export interface RuleCitation {
  readonly id: string;
  readonly file: string;
  readonly title: string;
}

const DEFINITION = /^\s*[-*] \*\*([A-Z]{1,3})(\d+)\*\*|^#+ .*\(([A-Z]{1,3})(\d+)\)\s*$/;
const UNTESTED = /\(untested: ([^)]+)\)/;

/** The rules a Markdown file defines; a rule's text runs to the next list item or heading. */
export function parseRuleDefinitions(file: string, text: string): RuleDefinition[] {
  const lines = text.split("\n");
  const rules: RuleDefinition[] = [];
  lines.forEach((line, i) => {
    const match = DEFINITION.exec(line);
    const family = match?.[1] ?? match?.[3];
    const number = match?.[2] ?? match?.[4];
    if (family === undefined || number === undefined) return;
    let body = line;
    for (const next of lines.slice(i + 1)) {
      if (/^\s*([-*] |#|\|)/.test(next) || next.trim() === "") break;
      body += ` ${next}`;
    }
    const reason = UNTESTED.exec(body)?.[1];
    rules.push({ id: `${family}${number}`, family, file, line: i + 1, untested: reason === undefined ? null : reason.trim() });
  });
  return rules;
}

const TITLE = /\b(?:it|test|describe)(?:\.each\([^)]*\))?\(\s*(["'`])((?:\\.|(?!\1).)*)\1/g;
const BRACKETS = /\[([A-Z]{1,3}\d+(?:\s*[,/]\s*[A-Z]{1,3}\d+|\]\[[A-Z]{1,3}\d+)*)\]/g;

/** The rule ids cited in the test titles of one test file's source. */
export function parseCitations(file: string, source: string): RuleCitation[] {
  const citations: RuleCitation[] = [];
  for (const [, , title = ""] of source.matchAll(TITLE)) {
    for (const [, group = ""] of title.matchAll(BRACKETS)) {
      for (const id of group.match(/[A-Z]{1,3}\d+/g) ?? []) citations.push({ id, file, title });
    }
  }
  return citations;
}

/** Everything wrong between the rules and the citations; empty when all is well. */
export function citationProblems(rules: readonly RuleDefinition[], citations: readonly RuleCitation[]): string[] {
  const problems: string[] = [];
  const familyFile = new Map<string, string>();
  const byId = new Map<string, RuleDefinition>();
  for (const rule of rules) {
    const owner = familyFile.get(rule.family);
    if (owner !== undefined && owner !== rule.file) problems.push(`rule family ${rule.family} is defined in both ${owner} and ${rule.file} (${rule.id})`);
    else familyFile.set(rule.family, rule.file);
    const twin = byId.get(rule.id);
    if (twin) problems.push(`${rule.id} is defined twice: ${twin.file}:${twin.line} and ${rule.file}:${rule.line}`);
    else byId.set(rule.id, rule);
  }
  const cited = new Set<string>();
  for (const c of citations) {
    cited.add(c.id);
    if (!byId.has(c.id)) problems.push(`${c.file}: "${c.title}" cites ${c.id}, which no rules file defines`);
  }
  for (const rule of byId.values()) {
    if (!cited.has(rule.id) && rule.untested === null) problems.push(`${rule.id} (${rule.file}:${rule.line}) is cited by no test and not marked (untested: <reason>)`);
    if (cited.has(rule.id) && rule.untested !== null) problems.push(`${rule.id} (${rule.file}:${rule.line}) is marked untested but a test cites it`);
  }
  return problems;
}
