import { z } from 'zod';
import {
  FORM_ERROR_KEY,
  fieldErrors,
  firstIssueMessage,
  issueList,
  issueMessages,
  issuePaths,
} from './problems';

const schema = z.strictObject({
  name: z.string().min(2, { error: 'too short' }),
  items: z.array(z.object({ qty: z.number({ error: 'qty must be a number' }) })),
});

describe('fieldErrors', () => {
  it('groups messages by dotted path', () => {
    const result = schema.safeParse({ name: 'a', items: [{ qty: 1 }, { qty: 'x' }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrors(result.error)).toEqual({
        name: ['too short'],
        'items.1.qty': ['qty must be a number'],
      });
    }
  });

  it('puts unknown keys and whole-value problems under "_"', () => {
    const result = schema.safeParse({ name: 'ab', items: [], extra: 1 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrors(result.error)).toEqual({ [FORM_ERROR_KEY]: ['Unknown field(s): extra'] });
      expect(issueMessages(result.error)).toEqual(['Unknown field(s): extra']);
    }
  });

  it('collects several messages for one field', () => {
    const twoRules = z.object({
      code: z.string().min(3, { error: 'short' }).regex(/^\d+$/, { error: 'digits' }),
    });
    const result = twoRules.safeParse({ code: 'a' });
    if (result.success) throw new Error('expected failure');
    expect(fieldErrors(result.error)).toEqual({ code: ['short', 'digits'] });
  });
});

describe('issuePaths, issueList and firstIssueMessage', () => {
  const failure = (value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) throw new Error('expected a failure');
    return result.error;
  };

  it('names each path with a problem once, "(root)" for the value as a whole', () => {
    const error = failure({ name: 'a', items: [{ qty: 'x' }, { qty: 'y' }], extra: 1 });
    expect(issuePaths(error)).toEqual(['name', 'items.0.qty', 'items.1.qty', '(root)']);
    expect(issuePaths(failure({ name: 1, items: [] }))).toEqual(['name']);
    expect(issuePaths(failure('x'))).toEqual(['(root)']);
  });

  it('lists issues as Strapi’s ValidationError details do: a path of strings and zod’s own message', () => {
    expect(issueList(failure({ name: 'ab', items: [{ qty: 'x' }], extra: 1 }))).toEqual([
      { path: ['items', '0', 'qty'], message: 'qty must be a number' },
      { path: [], message: expect.stringContaining('extra') as unknown },
    ]);
  });

  it('gives the first message, or the fallback when there is no issue', () => {
    expect(firstIssueMessage(failure({ name: 'a', items: [{ qty: 'x' }] }), 'Invalid.')).toBe('too short');
    expect(firstIssueMessage(new z.ZodError([]), 'Invalid.')).toBe('Invalid.');
  });
});
