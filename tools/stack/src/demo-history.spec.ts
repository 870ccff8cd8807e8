import { planDemoHistory } from './demo-history';

const organizations = Array.from({ length: 30 }, (_, index) => ({
  id: `o${String(index).padStart(2, '0')}`,
  name: `Organization ${String.fromCharCode(65 + ((index * 11) % 26))}${index}`,
}));
const requests = organizations.flatMap((organization, index) =>
  Array.from({ length: index % 3 }, (_, n) => ({ id: `${organization.id}-r${n}`, organizationId: organization.id, createdAt: new Date(Date.UTC(2026, 11, 7, 6, index, n)) })),
);

describe('the demo data spread over the past months', () => {
  it('gives the same days on every run, whatever order the records come in', () => {
    const plan = planDemoHistory(organizations, requests);
    expect(planDemoHistory([...organizations].reverse(), [...requests].reverse())).toEqual(plan);
  });

  it('spreads organizations over 3 weeks to 18 months and many different months, each request after its organization and within 11 months', () => {
    const plan = planDemoHistory(organizations, requests);
    const orgDays = new Map(plan.organizations.map((o) => [o.id, o.daysAgo]));
    expect(Math.min(...orgDays.values())).toBe(20);
    expect(Math.max(...orgDays.values())).toBe(540);
    expect(new Set([...orgDays.values()].map((days) => Math.floor(days / 30))).size).toBeGreaterThanOrEqual(15);
    for (const request of plan.requests) {
      const organizationId = request.id.split('-')[0] as string;
      expect(request.daysAgo).toBeGreaterThanOrEqual(1);
      expect(request.daysAgo).toBeLessThan(orgDays.get(organizationId) ?? 0);
      expect(request.daysAgo).toBeLessThanOrEqual(330);
    }
    expect(new Set(plan.requests.map((r) => Math.floor(r.daysAgo / 30))).size).toBeGreaterThanOrEqual(6);
  });
});
