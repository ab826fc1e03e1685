import { describe, expect, it } from 'vitest';
import { hostSchema, joinSchema, voteSchema } from '~/engine/live/schemas';

const participant = 'abcdefghijklmnopqrstuv';
describe('message schemas', () => {
  it('accept well-formed messages', () => {
    expect(joinSchema.safeParse({ code: 'ABCDEFGH', participant }).success).toBe(true);
    expect(voteSchema.safeParse({ code: 'ABCDEFGH', participant, key: '1:n', optionId: 'a' }).success).toBe(true);
    const view = { phase: 'wachten', key: 'start', title: 'Casus' };
    expect(hostSchema.safeParse({ code: 'ABCDEFGH', token: 'x'.repeat(43), view }).success).toBe(true);
  });
  it.each([
    ['a short code', joinSchema, { code: 'ABC', participant }],
    ['a code with look-alikes', joinSchema, { code: 'ABCDEFG0', participant }],
    ['an extra field', joinSchema, { code: 'ABCDEFGH', participant, admin: true }],
    ['a participant id with markup', joinSchema, { code: 'ABCDEFGH', participant: '<script>alert(1)</script>' }],
    ['a vote without option', voteSchema, { code: 'ABCDEFGH', participant, key: '1:n' }],
    ['a host message with a short token', hostSchema, { code: 'ABCDEFGH', token: 'short', view: { phase: 'wachten', key: 'k', title: 't' } }],
    ['an unknown phase', hostSchema, { code: 'ABCDEFGH', token: 'x'.repeat(43), view: { phase: 'baas', key: 'k', title: 't' } }],
    ['not an object', voteSchema, 'vote'],
  ])('refuse %s', (_, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});
