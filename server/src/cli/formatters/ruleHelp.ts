/**
 * Help for each diagnostic code, for SARIF's rule descriptors: the rule's one-line summary and its
 * documentation page (docs/rules/<code>.md, shipped in the package), read once per run.
 */
import fs from "node:fs";
import path from "node:path";
import { ALL_RULES } from "../../core/rules";
import { docsPageOf, ruleCodes, ruleDocsUrl, type Rule } from "../../core/rules/rule";
import { packageRoot } from "../version";

export interface RuleHelp {
  code: string;
  /** One line: the first paragraph of the docs page, else the rule's summary. */
  summary: string;
  /** The docs page (Markdown) when shipped, else the summary. */
  markdown: string;
  helpUri: string;
  rule?: Rule;
}

const pages = new Map<string, string | undefined>();

function docsPage(code: string): string | undefined {
  const page = docsPageOf(code);
  if (!pages.has(page)) {
    let text: string | undefined;
    try {
      text = fs.readFileSync(path.join(packageRoot(), "docs", "rules", `${page}.md`), "utf8");
    } catch {
      text = undefined;
    }
    pages.set(page, text);
  }
  return pages.get(page);
}

/** The first prose paragraph of a docs page (not its title, not the **Severity** line). */
function firstParagraph(markdown: string): string | undefined {
  for (const block of markdown.split(/\n\s*\n/)) {
    const text = block.trim();
    if (!text || text.startsWith("#") || text.startsWith("**Severity") || text.startsWith("```")) continue;
    return text.replace(/\s+/g, " ");
  }
  return undefined;
}

export function ruleOf(code: string): Rule | undefined {
  return ALL_RULES.find((rule) => ruleCodes(rule).includes(code));
}

/** Every code the registered rules may report, in registry order. */
export function allRuleCodes(): string[] {
  return [...new Set(ALL_RULES.flatMap((rule) => [...ruleCodes(rule)]))];
}

export function ruleHelp(code: string): RuleHelp {
  const rule = ruleOf(code);
  const page = docsPage(code);
  const fallback = code.startsWith("json5-") ? "JSON5 syntax error: OpenClaw cannot load the file." : `OpenClaw config check ${code}.`;
  const own = rule?.code === code ? rule.summary : undefined;
  const summary = own ?? (page ? firstParagraph(page) : undefined) ?? rule?.summary ?? fallback;
  return { code, summary, markdown: page ?? summary, helpUri: ruleDocsUrl(code), ...(rule ? { rule } : {}) };
}
