import { describe, expect, it } from 'vitest';
import { problemOf, showProblem } from './problem';

describe('a problem+json answer on a form', () => {
  it('puts each error next to the field it names, and nothing above the form', () => {
    const problem = problemOf(400, {
      code: 'VALIDATION_FAILED',
      detail: '2 fields are invalid',
      errors: [
        { field: 'downloadKbps', message: 'downloadKbps must be greater than 0' },
        { field: 'name', message: 'name must not be blank' },
      ],
    });

    expect(showProblem(problem, ['name', 'downloadKbps', 'uploadKbps'])).toEqual({
      fields: { downloadKbps: 'downloadKbps must be greater than 0', name: 'name must not be blank' },
      message: null,
    });
  });

  it('shows an error for a field the form does not have as a message', () => {
    const problem = problemOf(400, { code: 'VALIDATION_FAILED', errors: [{ field: 'body', message: 'the body must be a JSON object' }] });

    expect(showProblem(problem, ['name'])).toEqual({ fields: {}, message: 'the body must be a JSON object' });
  });

  it('shows a refusal without field errors as its detail', () => {
    const problem = problemOf(409, { code: 'USERNAME_TAKEN', detail: 'the username alice is taken' });

    expect(showProblem(problem, ['username'])).toEqual({ fields: {}, message: 'the username alice is taken' });
  });

  it('puts a refusal the form names a field for next to that field', () => {
    const problem = problemOf(409, { code: 'WIREGUARD_KEY_TAKEN', detail: 'WireGuard public key k= belongs to another router' });

    expect(showProblem(problem, ['publicKey'], { WIREGUARD_KEY_TAKEN: 'publicKey' })).toEqual({
      fields: { publicKey: 'WireGuard public key k= belongs to another router' },
      message: null,
    });
    expect(showProblem(problemOf(409, { code: 'ROUTER_DECOMMISSIONED', detail: 'the router is decommissioned' }), ['publicKey'],
      { WIREGUARD_KEY_TAKEN: 'publicKey' })).toEqual({ fields: {}, message: 'the router is decommissioned' });
  });

  it('makes an answer that is no problem+json (a proxy page) a message with its status', () => {
    expect(showProblem(problemOf(502, '<html>Bad Gateway</html>'), [])).toEqual({
      fields: {},
      message: '<html>Bad Gateway</html>',
    });
    expect(showProblem(problemOf(504, undefined), []).message).toBe('the server answered 504');
  });
});
