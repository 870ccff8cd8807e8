/** The fault runs R1, R2, R3 and R4 (tools/stack/src/faults), small, in the test suite. */
import { faultR1 } from '../src/faults/r1-subgraph-down';
import { faultR2 } from '../src/faults/r2-database-restart';
import { faultR3 } from '../src/faults/r3-notifications-worker';
import { faultR4 } from '../src/faults/r4-sigterm';

jest.setTimeout(300_000);

describe('fault runs', () => {
  it('R1: a subgraph killed under load: 0 errors elsewhere, coded errors for it, served again without a gateway restart', async () => {
    const figures = await faultR1({ concurrency: 6 });
    console.log(`R1 ${JSON.stringify(figures)}`);
    expect(figures.untouched.sent).toBeGreaterThan(0);
    expect(figures.untouched.failed).toBe(0);
    expect(figures.touching.sent).toBeGreaterThan(0);
    expect(figures.touching.other).toBe(0);
    expect(figures.gatewayRestarted).toBe(false);
    expect(figures.recoveredAfterMs).toBeLessThan(5000);
  });

  it('R2: PostgreSQL restarted under a write load: the services reconnect by themselves, and every acknowledged write is stored', async () => {
    const figures = await faultR2({ concurrency: 4, downMs: 2000 });
    console.log(`R2 ${JSON.stringify(figures)}`);
    expect(figures.writes.acknowledged).toBeGreaterThan(0);
    expect(figures.stored).toBe(figures.writes.acknowledged);
    expect(figures.writes.other).toBe(0);
    expect(figures.writingAgainAfterMs).toBeGreaterThanOrEqual(0);
    expect(figures.writingAgainAfterMs).toBeLessThan(15_000);
  });

  it('R3: the notifications worker killed 10 times mid-batch: every event in each inbox exactly once, every email sent at least once with its event-derived Message-ID', async () => {
    const figures = await faultR3({ kills: 10, eventsPerKill: 10 });
    console.log(`R3 ${JSON.stringify(figures)}`);
    expect(figures.events).toBe(100);
    expect(figures.inboxRows).toBe(figures.events);
    expect(figures.duplicates).toBe(0);
    expect(figures.missing).toBe(0);
    expect(figures.inboxes).toEqual([figures.events, figures.events]);
    expect(figures.emails.expected).toBe(2 * figures.events);
    expect(figures.emails.missing).toBe(0);
    expect(figures.emails.distinct).toBe(figures.emails.expected);
    expect(figures.emails.caught).toBe(figures.emails.expected + figures.repeatsRecognised);
    expect(figures.foreignMessageIds).toBe(0);
    expect(figures.unsent).toBe(0);
  }, 600_000);

  it('R4: SIGTERM under load: requests in flight finish, new ones are refused, exit within 10 s', async () => {
    const figures = await faultR4({ concurrency: 6 });
    console.log(`R4 ${JSON.stringify(figures)}`);
    expect(figures.inFlight.lost).toBe(0);
    expect(figures.inFlight.answered).toBeGreaterThan(0);
    expect(figures.after.failedOtherwise).toBe(0);
    expect(figures.after.refused).toBeGreaterThan(0);
    expect(figures.exitCode).toBe(0);
    expect(figures.exitedAfterMs).toBeLessThan(10_000);
  });
});
