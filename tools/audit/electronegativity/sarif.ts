/** One Electronegativity finding, from its SARIF output. */
export interface Finding {
  rule: string;
  /** "warning" for a finding, "note" for one Electronegativity marks for manual review. */
  level: string;
  /** The file it names, relative to the scanned folder ("" for global checks, which name none). */
  file: string;
  line: number;
  message: string;
}

/** A written reason why a finding is a false positive, with evidence the check re-reads on every run. */
export interface Justification {
  rule: string;
  /** Which scan it answers: the TypeScript sources or the bundled main process. */
  scan: 'sources' | 'bundle';
  /** The file the finding names, for checks that name one; global checks name none. */
  file?: string;
  why: string;
  /** A repository file and a string it must contain: the code that does what the check did not see. */
  evidence: { file: string; contains: string };
}

/**
 * Reads Electronegativity's SARIF. Its SARIF carries no severity (its CSV, which does, is broken), so every
 * result that is not marked for manual review is treated as needing a justification: that covers every HIGH
 * and MEDIUM finding, and LOW ones too.
 */
export function readSarif(json: unknown): Finding[] {
  const runs = (json as { runs?: unknown } | null)?.runs;
  if (!Array.isArray(runs)) throw new Error('not a SARIF file: no runs');
  const findings: Finding[] = [];
  for (const run of runs as { results?: unknown[] }[]) {
    for (const raw of run.results ?? []) {
      const r = raw as {
        ruleId?: string;
        level?: string;
        message?: { text?: string };
        locations?: {
          physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } };
        }[];
      };
      const location = r.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      findings.push({
        rule: r.ruleId ?? '(no rule id)',
        level: r.level ?? 'warning',
        file: uri === 'file:///' ? '' : uri.replace(/^file:\/\/\/?/, ''),
        line: location?.region?.startLine ?? 0,
        message: r.message?.text ?? '',
      });
    }
  }
  return findings;
}

/** Shortest justification accepted: a reason has to say what the check missed and where it is handled. */
export const MIN_JUSTIFICATION_LENGTH = 80;

/** Checks one justification's form; its evidence is checked against the files by the runner. */
export function justificationProblems(j: Justification): string[] {
  const problems: string[] = [];
  if (!/^[A-Z_]+$/.test(j.rule)) problems.push(`"${j.rule}" is not an Electronegativity rule id`);
  if (j.scan !== 'sources' && j.scan !== 'bundle')
    problems.push(`${j.rule}: scan must be "sources" or "bundle"`);
  if (typeof j.why !== 'string' || j.why.trim().length < MIN_JUSTIFICATION_LENGTH)
    problems.push(`${j.rule}: the reason must be specific (at least ${MIN_JUSTIFICATION_LENGTH} characters)`);
  if (!j.evidence?.file || !j.evidence.contains)
    problems.push(`${j.rule}: evidence needs a file and a string in it`);
  return problems;
}

/** Splits findings into those a justification answers and those it does not; notes are never gated. */
export function gateFindings(
  findings: readonly Finding[],
  scan: Justification['scan'],
  justifications: readonly Justification[],
): { justified: Finding[]; unjustified: Finding[]; forReview: Finding[] } {
  // A justification answers its rule in one file only, so the same rule firing somewhere new is not waved through.
  const key = (rule: string, file: string | undefined): string => `${rule} ${file ?? ''}`;
  const answers = new Set(justifications.filter((j) => j.scan === scan).map((j) => key(j.rule, j.file)));
  const gated = findings.filter((f) => f.level !== 'note');
  return {
    justified: gated.filter((f) => answers.has(key(f.rule, f.file))),
    unjustified: gated.filter((f) => !answers.has(key(f.rule, f.file))),
    forReview: findings.filter((f) => f.level === 'note'),
  };
}
