import { retryDelayMs, sendFailure } from './email-sender';

describe('email sender rules', () => {
  it('waits the base, then doubles at each attempt, never longer than the maximum', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, 30_000, 3_600_000))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20, 30_000, 3_600_000)).toBe(3_600_000);
  });

  it("keeps the server's reason, and gives up at once only on a 5xx answer", () => {
    expect(sendFailure({ responseCode: 550, response: '550 5.1.1 No such mailbox here' })).toEqual({
      reason: '550 5.1.1 No such mailbox here',
      responseCode: 550,
      permanent: true,
    });
    expect(sendFailure({ responseCode: 451, response: '451 4.3.2 Try again later' })).toEqual({ reason: '451 4.3.2 Try again later', responseCode: 451, permanent: false });
    expect(sendFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' }))).toEqual({
      reason: 'ESOCKET: connect ECONNREFUSED 127.0.0.1:25',
      responseCode: null,
      permanent: false,
    });
  });
});
