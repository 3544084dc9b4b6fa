import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ARTICLE_LIST_QUERY,
  AUTHOR_LIST_QUERY,
  COMMENT_LIST_QUERY,
  TOPIC_LIST_QUERY,
  TREATMENT_LIST_QUERY,
  operatorsFor,
} from '@skinfacts/shared';

/** The README's table of what each public list route accepts must say what the CMS really accepts. */
const readme = readFileSync(path.resolve(__dirname, '..', 'README.md'), 'utf8');
const KIND_LABEL = { text: 'text', identifier: 'id', enum: 'id', date: 'date' } as const;

describe.each([
  ARTICLE_LIST_QUERY,
  TREATMENT_LIST_QUERY,
  AUTHOR_LIST_QUERY,
  TOPIC_LIST_QUERY,
  COMMENT_LIST_QUERY,
])('README row for $route', (declaration) => {
  const row = readme.split('\n').find((line) => line.startsWith(`| \`${declaration.route}\` |`)) ?? '';
  const [, , filters = '', sorts = '', search = ''] = row.split('|').map((cell) => cell.trim());

  it('exists', () => expect(row).not.toBe(''));

  it('names every filter under its kind of operators, and nothing else', () => {
    const named = [...filters.matchAll(/(\w+): ([^;]+)/g)].flatMap(([, kind, fields = '']) =>
      [...fields.matchAll(/`([\w.]+)`/g)].map(([, field]) => `${kind}:${field}`),
    );
    const declared = Object.entries(declaration.filters).map(
      ([field, rule]) => `${KIND_LABEL[rule.kind]}:${field}`,
    );
    expect(named.sort()).toEqual(declared.sort());
  });

  it('lists the sort keys and search fields', () => {
    expect([...sorts.matchAll(/`(\w+)`/g)].map(([, key]) => key)).toEqual([...declaration.sort]);
    expect([...search.matchAll(/`([\w.]+)`/g)].map(([, field]) => field)).toEqual([...declaration.search]);
  });
});

it('states each kind’s operators as the CMS applies them', () => {
  for (const [label, rule] of [
    ['text', { kind: 'text' }],
    ['id', { kind: 'identifier' }],
    ['date', { kind: 'date' }],
  ] as const) {
    const line = readme.replace(/\n/g, ' ').match(new RegExp(`\\*\\*${label}\\*\\*[^:]*: \`([^\`]+)\``))?.[1];
    expect(line?.split(/\s+/)).toEqual([...operatorsFor(rule)]);
  }
});
