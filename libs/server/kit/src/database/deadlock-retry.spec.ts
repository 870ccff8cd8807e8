import { isDeadlock, retryOnDeadlock } from './deadlock-retry';

const deadlock = () => Object.assign(new Error('deadlock detected'), { driverError: { code: '40P01' } });

describe('retryOnDeadlock', () => {
  it('runs the work again after a deadlock, and gives its answer', async () => {
    let calls = 0;
    const answer = await retryOnDeadlock(
      async () => {
        if (++calls < 3) throw deadlock();
        return 'booked';
      },
      5,
      1,
    );
    expect(answer).toBe('booked');
    expect(calls).toBe(3);
  });

  it('throws any other error at once, and a deadlock after the last attempt', async () => {
    let calls = 0;
    const other = Object.assign(new Error('overlap'), { driverError: { code: '23P01' } });
    await expect(
      retryOnDeadlock(
        async () => {
          calls++;
          throw other;
        },
        5,
        1,
      ),
    ).rejects.toBe(other);
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      retryOnDeadlock(
        async () => {
          calls++;
          throw deadlock();
        },
        3,
        1,
      ),
    ).rejects.toThrow('deadlock detected');
    expect(calls).toBe(3);
  });

  it('knows a deadlock raw or wrapped', () => {
    expect(isDeadlock({ code: '40P01' })).toBe(true);
    expect(isDeadlock(deadlock())).toBe(true);
    expect(isDeadlock(new Error('x'))).toBe(false);
    expect(isDeadlock(null)).toBe(false);
  });
});
