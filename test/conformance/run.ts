/**
 * The conformance suite: this engine's verdict (any Error = invalid) against OpenClaw's own
 * (`validateConfigObjectWithPlugins` of the pinned openclaw under Node 24) on OpenClaw's docs code
 * blocks and on deterministic mutations of valid configs. Prints agreement, false alarms, misses and
 * same-path figures, writes test-results/conformance.json, and fails below the thresholds.
 *
 * Env: OPENCLAW_CONFIG_CACHE (install/cache dir), CONFORMANCE_MAX_BASES (mutation bases, default 250).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DiagnosticSeverity } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { createLanguageService } from "../../server/src/core/languageService";
import type { OpenClawDiagnostic } from "../../server/src/core/types";
import { OFFICIAL_EXAMPLES_PAGE, docsCorpus, type CorpusEntry } from "./corpus";
import { mutationCorpus } from "./mutations";
import { OpenClawOracle, loadToolchain, repoRoot, type OpenClawVerdict } from "./openclaw";
import { engineTargetPaths, isUnionFailure, isWithin, issueTargets } from "./paths";

export const THRESHOLDS = {
  docsAgreement: 99.5,
  mutationAgreement: 99,
  fixtureAgreement: 99,
  officialFalseAlarms: 0,
  samePath: 95,
};

interface Outcome {
  id: string;
  openclaw: OpenClawVerdict;
  engineErrors: { code: string; path: string; message: string }[];
  /** For configs OpenClaw rejects: whether an engine Error sits on every path OpenClaw names. */
  samePath?: boolean;
  unmatchedPaths?: string[];
  official?: boolean;
  /**
   * OpenClaw rejects the config only because a plugin installed separately is missing (its channel or web search
   * provider), and the engine warns exactly there: the verdict depends on the machine, not on the file.
   */
  installDependent?: boolean;
}

/** OpenClaw issues that disappear once an official plugin is installed. */
const INSTALL_DEPENDENT_ISSUE = /^(?:unknown channel id: |web_search provider is not available: )/;
const INSTALL_WARNING_CODES = new Set(["unknown-channel", "unknown-web-search-provider"]);

const service = createLanguageService();

function judge(entry: CorpusEntry, verdict: OpenClawVerdict): Outcome {
  const doc = ConfigDocument.create("file:///conformance/openclaw.json", entry.text);
  const diagnostics = service.validate(doc);
  const errors = diagnostics.filter((d: OpenClawDiagnostic) => d.severity === DiagnosticSeverity.Error);
  const outcome: Outcome = {
    id: entry.id,
    openclaw: verdict,
    engineErrors: errors.map((d) => ({ code: d.code, path: d.data.path, message: typeof d.message === "string" ? d.message : d.message.value })),
    ...(entry.official ? { official: true } : {}),
  };
  if (!verdict.ok) {
    const root = doc.root;
    const errorPaths = errors.map((d) => d.data.path);
    const unmatched: string[] = [];
    for (const issue of verdict.issues) {
      for (const target of issueTargets(issue)) {
        const candidates = root ? engineTargetPaths(root, target) : ["<root>"];
        const union = isUnionFailure(issue.message);
        const hit = errorPaths.some((p) => candidates.some((c) => p === c || (union && isWithin(p, c))));
        if (!hit) unmatched.push(candidates[candidates.length - 1]!);
      }
    }
    outcome.samePath = unmatched.length === 0;
    if (unmatched.length) outcome.unmatchedPaths = unmatched;
    const installWarnings = new Set(diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning && INSTALL_WARNING_CODES.has(d.code)).map((d) => d.data.path));
    if (
      errors.length === 0 &&
      root &&
      verdict.issues.every((issue) => INSTALL_DEPENDENT_ISSUE.test(issue.message) && engineTargetPaths(root, issue.path).some((p) => installWarnings.has(p)))
    ) {
      outcome.installDependent = true;
    }
  }
  return outcome;
}

/** Every .json/.json5 config under test/fixtures except the official examples and files using $include. */
function fixtureCorpus(dir: string): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "official") walk(full);
      } else if (/\.json5?$/.test(entry.name)) {
        const text = readFileSync(full, "utf8");
        if (!text.includes("$include")) out.push({ id: path.relative(repoRoot, full), text });
      }
    }
  };
  walk(dir);
  return out;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 10000) / 100;
}

function summarize(name: string, allOutcomes: Outcome[]) {
  // Verdicts that depend on which plugins are installed are counted apart, not as agreement or misses.
  const outcomes = allOutcomes.filter((o) => !o.installDependent);
  const falseAlarms = outcomes.filter((o) => o.openclaw.ok && o.engineErrors.length > 0);
  const misses = outcomes.filter((o) => !o.openclaw.ok && o.engineErrors.length === 0);
  const invalid = outcomes.filter((o) => !o.openclaw.ok);
  const samePath = invalid.filter((o) => o.samePath);
  const agree = outcomes.length - falseAlarms.length - misses.length;
  return {
    name,
    total: outcomes.length,
    installDependent: allOutcomes.length - outcomes.length,
    openclawValid: outcomes.length - invalid.length,
    openclawInvalid: invalid.length,
    agreementPct: percent(agree, outcomes.length),
    falseAlarms: falseAlarms.length,
    misses: misses.length,
    samePath: samePath.length,
    samePathPct: percent(samePath.length, invalid.length),
    officialTotal: outcomes.filter((o) => o.official).length,
    officialFalseAlarms: falseAlarms.filter((o) => o.official).length,
    details: {
      falseAlarms: falseAlarms.map((o) => ({ id: o.id, engineErrors: o.engineErrors })),
      misses: misses.map((o) => ({ id: o.id, openclawIssues: o.openclaw.issues })),
      wrongPlace: invalid
        .filter((o) => !o.samePath && o.engineErrors.length > 0)
        .map((o) => ({ id: o.id, openclawIssues: o.openclaw.issues, unmatchedPaths: o.unmatchedPaths, engineErrors: o.engineErrors })),
    },
  };
}

/** The most frequent reasons, to read what to fix next. */
function topReasons(lines: string[], limit = 12): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([line, n]) => `${String(n).padStart(5)}  ${line}`);
}

function shorten(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, "N").slice(0, 110);
}

async function main(): Promise<number> {
  const maxBases = Number(process.env.CONFORMANCE_MAX_BASES ?? 250);
  const toolchain = await loadToolchain();
  const oracle = new OpenClawOracle(toolchain, toolchain.ensureOpenclaw());
  const started = performance.now();

  const docs = docsCorpus(oracle.packageDir, new Set(oracle.rootKeys()));
  // The complete official examples (checked-in copies of the docs' full examples): zero false alarms allowed.
  const officialDir = path.join(repoRoot, "test/fixtures/official");
  const official: CorpusEntry[] = readdirSync(officialDir)
    .filter((name) => name.endsWith(".json5"))
    .sort()
    .map((name) => ({ id: `test/fixtures/official/${name}`, text: readFileSync(path.join(officialDir, name), "utf8"), official: true }));
  const officialVerdicts = oracle.verdicts(official.map((e) => e.text));
  // The project's own fixtures (legacy configs before and after doctor, workspace samples): more real-world shapes.
  const fixtures = fixtureCorpus(path.join(repoRoot, "test/fixtures"));
  const fixtureVerdicts = oracle.verdicts(fixtures.map((e) => e.text));
  // The seed bug's config: exactly OpenClaw's errors (same places, no others), plus the Codex warning.
  const seedText = readFileSync(path.join(repoRoot, "test/fixtures/seed-bug.openclaw.json"), "utf8");
  const [seedVerdict] = oracle.verdicts([seedText]);
  const docsVerdicts = oracle.verdicts(docs.entries.map((e) => e.text));
  const validBases = docs.entries.filter((_, i) => docsVerdicts[i]!.ok);
  const mutations = mutationCorpus(validBases, { maxBases });
  const mutationVerdicts = oracle.verdicts(mutations.map((e) => e.text));
  oracle.save();

  const engineStarted = performance.now();
  const docsOutcomes = docs.entries.map((entry, i) => judge(entry, docsVerdicts[i]!));
  const officialOutcomes = official.map((entry, i) => judge(entry, officialVerdicts[i]!));
  const fixtureOutcomes = fixtures.map((entry, i) => judge(entry, fixtureVerdicts[i]!));
  const mutationOutcomes = mutations.map((entry, i) => judge(entry, mutationVerdicts[i]!));
  const engineMs = performance.now() - engineStarted;

  const docsSummary = summarize("docs", docsOutcomes);
  const mutationSummary = summarize("mutations", mutationOutcomes);
  const officialSummary = summarize("official", officialOutcomes);
  const fixtureSummary = summarize("fixtures", fixtureOutcomes);
  const officialFalseAlarms = docsSummary.officialFalseAlarms + officialSummary.falseAlarms;
  const allInvalid = [...docsOutcomes, ...mutationOutcomes, ...fixtureOutcomes].filter((o) => !o.openclaw.ok && !o.installDependent);
  const samePathPct = percent(allInvalid.filter((o) => o.samePath).length, allInvalid.length);

  const seedDoc = ConfigDocument.create("file:///conformance/openclaw.json", seedText);
  const seedDiagnostics = service.validate(seedDoc);
  const seedErrorPaths = [...new Set(seedDiagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => d.data.path))].sort();
  const seedExpected = [...new Set(seedVerdict!.issues.flatMap((issue) => issueTargets(issue).map((t) => engineTargetPaths(seedDoc.root!, t)[0]!)))].sort();
  const seedCodexWarning = seedDiagnostics.some((d) => d.code === "legacy-codex-base-url" && d.severity === DiagnosticSeverity.Warning);
  const seedExact = JSON.stringify(seedErrorPaths) === JSON.stringify(seedExpected) && seedCodexWarning;

  const failures: string[] = [];
  if (!seedExact) failures.push(`seed bug config: engine errors at ${seedErrorPaths.join(", ")} (Codex warning: ${seedCodexWarning}), OpenClaw at ${seedExpected.join(", ")}`);
  if (docsSummary.agreementPct < THRESHOLDS.docsAgreement) failures.push(`docs agreement ${docsSummary.agreementPct}% < ${THRESHOLDS.docsAgreement}%`);
  if (mutationSummary.agreementPct < THRESHOLDS.mutationAgreement) failures.push(`mutation agreement ${mutationSummary.agreementPct}% < ${THRESHOLDS.mutationAgreement}%`);
  if (fixtureSummary.agreementPct < THRESHOLDS.fixtureAgreement) failures.push(`fixture agreement ${fixtureSummary.agreementPct}% < ${THRESHOLDS.fixtureAgreement}%`);
  if (officialFalseAlarms > THRESHOLDS.officialFalseAlarms) failures.push(`${officialFalseAlarms} false alarm(s) on the official examples`);
  if (samePathPct < THRESHOLDS.samePath) failures.push(`same-path ${samePathPct}% < ${THRESHOLDS.samePath}%`);

  console.log(`OpenClaw ${oracle.version} conformance (engine: ${(engineMs / 1000).toFixed(1)} s for ${docsOutcomes.length + mutationOutcomes.length} configs)`);
  console.log(`docs corpus: ${docs.entries.length} config blocks (${docs.skippedInclude.length} skipped for $include, ${docs.notConfig} json blocks not config-shaped)`);
  for (const s of [docsSummary, mutationSummary, officialSummary, fixtureSummary]) {
    console.log(
      `  ${s.name.padEnd(10)} ${String(s.total).padStart(5)} configs (${s.openclawInvalid} invalid per OpenClaw): ` +
        `agreement ${s.agreementPct}%, false alarms ${s.falseAlarms}, misses ${s.misses}, same-path ${s.samePath}/${s.openclawInvalid} (${s.samePathPct}%)` +
        (s.installDependent
          ? `; ${s.installDependent} more depend on installed plugins (engine warns; counted as misses agreement would be ${percent(s.total * (s.agreementPct / 100), s.total + s.installDependent)}%)`
          : ""),
    );
  }
  console.log(
    `  official examples: ${officialSummary.total} fixture files + ${docsSummary.officialTotal} blocks of ${OFFICIAL_EXAMPLES_PAGE}: ${officialFalseAlarms} false alarm(s)` +
      (officialSummary.openclawInvalid ? ` (OpenClaw rejects ${officialSummary.openclawInvalid} of the fixtures!)` : ""),
  );
  console.log(`  same-path over all invalid configs: ${samePathPct}%`);
  console.log(`  seed bug config: ${seedExact ? "exactly OpenClaw's errors" : "DIFFERS"} (${seedExpected.join(", ")}) + Codex warning: ${seedCodexWarning}`);
  const all = [...docsOutcomes, ...mutationOutcomes, ...officialOutcomes, ...fixtureOutcomes];
  const falseAlarmReasons = all.filter((o) => o.openclaw.ok).flatMap((o) => o.engineErrors.map((e) => `${e.code}: ${shorten(e.message)}`));
  const missReasons = all.filter((o) => !o.openclaw.ok && !o.installDependent && o.engineErrors.length === 0).flatMap((o) => o.openclaw.issues.map((i) => shorten(i.message)));
  const wrongPlaceReasons = all.filter((o) => !o.openclaw.ok && o.engineErrors.length > 0 && !o.samePath).flatMap((o) => o.openclaw.issues.map((i) => shorten(i.message)));
  if (falseAlarmReasons.length) console.log(`top false-alarm errors:\n${topReasons(falseAlarmReasons).join("\n")}`);
  if (missReasons.length) console.log(`top missed OpenClaw issues:\n${topReasons(missReasons).join("\n")}`);
  if (wrongPlaceReasons.length) console.log(`top issues flagged elsewhere:\n${topReasons(wrongPlaceReasons).join("\n")}`);

  const report = {
    openclawVersion: oracle.version,
    thresholds: THRESHOLDS,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    docsCorpus: { blocks: docs.entries.length, skippedInclude: docs.skippedInclude, notConfigShaped: docs.notConfig },
    samePathPct,
    seedBug: { exact: seedExact, engineErrorPaths: seedErrorPaths, openclawPaths: seedExpected, codexWarning: seedCodexWarning },
    officialFalseAlarms,
    summaries: [docsSummary, mutationSummary, officialSummary, fixtureSummary],
    failures,
  };
  const out = path.join(repoRoot, "test-results", "conformance.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`report: ${path.relative(process.cwd(), out)}`);

  if (failures.length === 0) {
    console.log("conformance: PASS");
    return 0;
  }
  console.log(`conformance: FAIL, below thresholds: ${failures.join("; ")}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
