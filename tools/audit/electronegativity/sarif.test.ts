import { describe, expect, it } from 'vitest';
import { gateFindings, justificationProblems, readSarif, type Justification } from './sarif';

const sarif = {
  runs: [
    {
      results: [
        {
          ruleId: 'CSP_GLOBAL_CHECK',
          level: 'warning',
          message: { text: 'No CSP has been detected' },
          locations: [
            { physicalLocation: { artifactLocation: { uri: 'file:///' }, region: { startLine: 1 } } },
          ],
        },
        {
          ruleId: 'NODE_INTEGRATION_JS_CHECK',
          level: 'warning',
          message: { text: 'Disable nodeIntegration' },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: 'file:///window.ts' }, region: { startLine: 40 } },
            },
          ],
        },
        {
          ruleId: 'CSP_GLOBAL_CHECK',
          level: 'note',
          message: { text: 'One or more CSP directives detected seems to be vulnerable' },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: 'file:///index.html' }, region: { startLine: 5 } },
            },
          ],
        },
      ],
    },
  ],
};

const justified: Justification = {
  rule: 'CSP_GLOBAL_CHECK',
  scan: 'sources',
  why: 'x'.repeat(80),
  evidence: { file: 'electron/csp.ts', contains: 'default-src' },
};

describe('readSarif and gateFindings', () => {
  it('reads each result with its rule, level, file and line', () => {
    expect(readSarif(sarif)).toEqual([
      { rule: 'CSP_GLOBAL_CHECK', level: 'warning', file: '', line: 1, message: 'No CSP has been detected' },
      {
        rule: 'NODE_INTEGRATION_JS_CHECK',
        level: 'warning',
        file: 'window.ts',
        line: 40,
        message: 'Disable nodeIntegration',
      },
      {
        rule: 'CSP_GLOBAL_CHECK',
        level: 'note',
        file: 'index.html',
        line: 5,
        message: 'One or more CSP directives detected seems to be vulnerable',
      },
    ]);
    expect(() => readSarif({ version: '2.1.0' })).toThrow(/not a SARIF/);
  });

  it('fails every finding without a justification for its scan and file, and never gates manual-review notes', () => {
    const findings = readSarif(sarif);
    const gate = gateFindings(findings, 'sources', [justified]);
    expect(gate.justified.map((f) => f.rule)).toEqual(['CSP_GLOBAL_CHECK']);
    expect(gate.unjustified.map((f) => f.rule)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    expect(gate.forReview).toHaveLength(1);
    // The same justification does not answer the other scan, nor the same rule in a file it does not name.
    expect(gateFindings(findings, 'bundle', [justified]).unjustified).toHaveLength(2);
    const inWindow = { ...justified, rule: 'NODE_INTEGRATION_JS_CHECK', file: 'preload.ts' };
    expect(gateFindings(findings, 'sources', [justified, inWindow]).unjustified).toHaveLength(1);
  });
});

describe('justificationProblems', () => {
  it('accepts a specific justification with evidence, and refuses vague or unsupported ones', () => {
    expect(justificationProblems(justified)).toEqual([]);
    expect(justificationProblems({ ...justified, why: 'false positive' })[0]).toMatch(/specific/);
    expect(justificationProblems({ ...justified, rule: 'csp' })[0]).toMatch(/not an Electronegativity rule/);
    expect(justificationProblems({ ...justified, evidence: { file: '', contains: '' } })[0]).toMatch(
      /evidence/,
    );
  });
});
