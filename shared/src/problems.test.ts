import { z } from 'zod';
import { FORM_ERROR_KEY, fieldErrors, issueMessages } from './problems';

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
