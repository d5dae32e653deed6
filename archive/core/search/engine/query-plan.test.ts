import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { friendlyMessage, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, QueryError } from '../query';
import { TermAnalyzer } from './analyzer';
import { planQuery, type PlanCheck } from './query-plan';

const analyzer = new TermAnalyzer();
const checkQuery = (query: string, typing = false): PlanCheck => planQuery(query, analyzer, typing);

function clausesOf(check: PlanCheck) {
  if (check.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(check)}`);
  return check.plan.clauses;
}

function messageOf(query: string): string {
  const check = checkQuery(query);
  if (check.status !== 'invalid') throw new Error(`expected invalid, got ${check.status}`);
  return check.message;
}

describe('planQuery', () => {
  it('treats empty and whitespace-only input as no query', () => {
    expect(checkQuery('')).toEqual({ status: 'empty' });
    expect(checkQuery(' \t\n ')).toEqual({ status: 'empty' });
  });

  it('trims the query it reports', () => {
    expect(checkQuery('  drone  ')).toMatchObject({ status: 'ok', plan: { query: 'drone' } });
  });

  it('understands presence, field, wildcard and fuzzy syntax', () => {
    const [plus, minus] = clausesOf(checkQuery('+dji -kivu '));
    expect(plus).toMatchObject({ term: 'dji', presence: lunr.Query.presence.REQUIRED });
    expect(minus).toMatchObject({ term: 'kivu', presence: lunr.Query.presence.PROHIBITED });
    expect(clausesOf(checkQuery('title:drone '))[0]).toMatchObject({ term: 'drone', fields: ['title'] });
    expect(clausesOf(checkQuery('secur*'))[0]).toMatchObject({ term: 'secur*', usePipeline: false });
    expect(clausesOf(checkQuery('encrypton~1'))[0]).toMatchObject({ term: 'encrypton', editDistance: 1 });
  });

  it('requires every plain word by default and keeps the optional form to fall back on', () => {
    const check = checkQuery('data security');
    expect(clausesOf(check).map((c) => c.presence)).toEqual([
      lunr.Query.presence.REQUIRED,
      lunr.Query.presence.REQUIRED,
    ]);
    if (check.status !== 'ok') throw new Error('expected ok');
    expect(check.plan.relaxed?.map((c) => c.presence)).toEqual([
      lunr.Query.presence.OPTIONAL,
      lunr.Query.presence.OPTIONAL,
    ]);
    const single = checkQuery('data');
    expect(single.status === 'ok' && single.plan.relaxed).toBe(undefined);
  });

  it('matches the last word as a prefix only while it is being typed', () => {
    expect(clausesOf(checkQuery('data secu', true)).map((c) => c.term)).toEqual(['data', 'secu*']);
    expect(clausesOf(checkQuery('data secu', false)).map((c) => c.term)).toEqual(['data', 'secu']);
    expect(clausesOf(checkQuery('data secu ', true)).map((c) => c.term)).toEqual(['data', 'secu']);
  });

  it('does not widen a word carrying syntax, an excluded word or a word under three letters', () => {
    expect(clausesOf(checkQuery('secu~1', true)).map((c) => c.term)).toEqual(['secu']);
    expect(clausesOf(checkQuery('-secu', true)).map((c) => c.term)).toEqual(['secu']);
    expect(clausesOf(checkQuery('se', true)).map((c) => c.term)).toEqual(['se']);
  });

  it('reads quoted phrases, straight or curly, with stop words kept as gaps, and their words as required stems', () => {
    const check = checkQuery('“Department of the Interior” -"data security" title:"drone fleet"');
    if (check.status !== 'ok') throw new Error('expected ok');
    expect(check.plan.phrases).toEqual([
      {
        text: 'Department of the Interior',
        fields: ['title', 'body'],
        excluded: false,
        items: [
          { stem: 'depart', offset: 0 },
          { stem: 'interior', offset: 3 },
        ],
      },
      {
        text: 'data security',
        fields: ['title', 'body'],
        excluded: true,
        items: [
          { stem: 'data', offset: 0 },
          { stem: 'secur', offset: 1 },
        ],
      },
      {
        text: 'drone fleet',
        fields: ['title'],
        excluded: false,
        items: [
          { stem: 'drone', offset: 0 },
          { stem: 'fleet', offset: 1 },
        ],
      },
    ]);
    expect(check.plan.clauses.map((c) => c.term)).toEqual(['depart', 'interior', 'drone', 'fleet']);
    expect(messageOf('author:"x y"')).toMatch(/no field "author"/);
  });

  it.each([
    ['title:', 'Add a word after the field, as in title:drone.'],
    ['~', 'Put ~ right after a word, as in encrypton~1.'],
    ['+', 'Add a word after + or -, as in +dji.'],
    ['-', 'Add a word after + or -, as in +dji.'],
    ['^x', 'Put ^ right after a word, as in drone^2.'],
    ['drone^x', 'Put a number after ^, as in drone^2.'],
    ['drone~x', 'Put a number after ~, as in encrypton~1.'],
    ['+~', 'Put ~ right after a word, as in encrypton~1.'],
    ['title:^2', 'Put ^ right after a word, as in drone^2.'],
  ])('explains what is wrong with %j', (query, message) => {
    expect(messageOf(query)).toBe(message);
  });

  it('names the unknown field and the ones that exist', () => {
    expect(messageOf('author:smith')).toBe(
      'There is no field "author": use title: or body:, or write \\: to search for a colon.',
    );
    expect(messageOf(':drone')).toMatch(/^Put a field before the colon/);
  });

  it('accepts an escaped colon as part of a word', () => {
    expect(clausesOf(checkQuery('10\\:30 '))[0]).toMatchObject({ term: '10:30' });
  });

  it('refuses fuzziness above 2, whose automaton grows exponentially', () => {
    expect(clausesOf(checkQuery('drone~2'))[0]).toMatchObject({ editDistance: 2 });
    expect(messageOf('drone~3')).toMatch(/at most ~2/);
    expect(messageOf('a~100000')).toMatch(/at most ~2/);
  });

  it('refuses leading and bare wildcards, which expand to most of the index', () => {
    for (const query of ['*', '*ing', 's*', '**']) expect(messageOf(query)).toMatch(/two letters before \*/);
    expect(clausesOf(checkQuery('se*'))[0]).toMatchObject({ term: 'se*' });
    expect(messageOf('se*c*r*')).toMatch(/at most 2 times/);
    expect(messageOf('secur*~1')).toMatch(/\* or ~, not both/);
  });

  it('caps the length and the number of words', () => {
    expect(checkQuery('a'.repeat(MAX_QUERY_LENGTH)).status).toBe('ok');
    expect(messageOf('a'.repeat(MAX_QUERY_LENGTH + 1))).toMatch(/too long/);
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(checkQuery(words(MAX_QUERY_TERMS) + ' ').status).toBe('ok');
    expect(messageOf(words(MAX_QUERY_TERMS + 1))).toMatch(/too many words/);
    expect(messageOf('x '.repeat(5000))).toMatch(/too long/);
  });
});

describe('friendlyMessage', () => {
  it('keeps QueryError messages and hides anything else behind a generic one', () => {
    expect(friendlyMessage(new QueryError('Be brief.'))).toBe('Be brief.');
    expect(friendlyMessage(new TypeError('x is undefined'))).toBe(
      'This search cannot be run; try plain words.',
    );
    expect(friendlyMessage('thrown string')).toBe('This search cannot be run; try plain words.');
  });
});

const syntax = fc.constantFrom(...'+-:~^*\\ \t\'"titlebody0123'.split(''), 'title:', 'body:', '~1', '^2');
const queries = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fc.oneof(syntax, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join('')),
);

describe('planQuery properties', () => {
  it('never throws and returns one of the three statuses, with a user-facing message when invalid', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const check = checkQuery(query);
        expect(['empty', 'ok', 'invalid']).toContain(check.status);
        if (check.status === 'empty') expect(query.trim()).toBe('');
        if (check.status === 'invalid') expect(check.query).toBe(query.trim());
        if (check.status === 'invalid') {
          expect(check.message.length).toBeGreaterThan(0);
          expect(check.message).not.toMatch(/lexeme|QueryParseError|EDIT_DISTANCE|BOOST|PRESENCE|FIELD/);
        }
        if (check.status === 'ok') expect(check.plan.clauses.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
      }),
      { numRuns: 2000 },
    );
  });
});
