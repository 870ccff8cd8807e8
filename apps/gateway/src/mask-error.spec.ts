import { maskError } from './mask-error';

describe('maskError', () => {
  it('cuts internal addresses out of messages and keeps the code', () => {
    const masked = maskError({
      message: 'request to http://127.0.0.1:4004/graphql failed, reason: connect ECONNREFUSED 10.0.3.7:4004',
      extensions: { code: 'SERVICE_UNAVAILABLE', stacktrace: ['at x'] },
    });
    expect(masked.message).not.toMatch(/127\.0\.0\.1|10\.0\.3\.7|4004/);
    expect(masked.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('gives errors without a code the internal code', () => {
    expect(maskError({ message: 'boom at localhost:5432' })).toEqual({ message: 'boom at [internal]', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('leaves user errors alone', () => {
    const error = { message: 'Invalid input: name is required', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name' }] } };
    expect(maskError(error)).toEqual(error);
  });
});
