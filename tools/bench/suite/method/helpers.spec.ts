import { figureIdOf, parseBenchArgs, selected } from './args';
import { failedLine, figureLine, formatValue } from './format';
import { cpuMsPerRequest, parseProcStat, statusKiB } from './proc';
import { alternate, median } from './rounds';

describe('CPU time from /proc/<pid>/stat', () => {
  // Fields 14 and 15 (utime, stime) are 1234 and 56; the command name holds spaces and parentheses.
  const line = '4242 (node (main) x) S 1 4242 4242 0 -1 4194560 12345 0 0 0 1234 56 0 0 20 0 11 0 987654 1234567890 23456 18446744073709551615';

  it('reads utime and stime after the command name, however odd the name', () => {
    expect(parseProcStat(line)).toEqual({ utime: 1234, stime: 56 });
    expect(parseProcStat(line.replace('(node (main) x)', '(node)'))).toEqual({ utime: 1234, stime: 56 });
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => parseProcStat('no parentheses here')).toThrow();
    expect(() => parseProcStat('1 (node) S 1')).toThrow('utime');
  });

  it('gives CPU milliseconds per request between two readings', () => {
    expect(cpuMsPerRequest(1000, 1600, 300)).toBe(2);
    expect(cpuMsPerRequest(1000, 1600, 0)).toBeNull();
  });

  it('reads VmRSS and VmHWM from /proc/<pid>/status', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
    expect(statusKiB(status, 'VmHWM')).toBe(204800);
    expect(statusKiB(status, 'VmRSS')).toBe(102400);
    expect(statusKiB('Name:\tnode\n', 'VmRSS')).toBeNull();
  });
});

describe('figure lines', () => {
  it('begin with the id and hold ratio= and the raw figures', () => {
    expect(figureLine('P2', 'subgraph-vs-floor', 1.8, { birge_cpu_ms: 0.51234, floor_cpu_ms: 0.2846, rps: 1234.56, data: 'generate' })).toBe(
      'P2 subgraph-vs-floor ratio=1.8 birge_cpu_ms=0.512 floor_cpu_ms=0.285 rps=1235 data=generate',
    );
  });

  it('show what could not be measured as n/a, and strings without spaces', () => {
    expect(formatValue(null)).toBe('n/a');
    expect(formatValue(NaN)).toBe('n/a');
    expect(formatValue(Infinity)).toBe('n/a');
    expect(formatValue('two words')).toBe('two_words');
    expect(figureLine('P3', 'statements', null)).toBe('P3 statements ratio=n/a');
  });

  it('keep a failed figure to one line with its id', () => {
    expect(failedLine('P7', new Error('npm start "hung"\nstack...'))).toBe(`P7 failed ratio=n/a error="npm start 'hung'"`);
  });
});

describe('the command line', () => {
  it('takes --only as a comma list of ids in any case, and numbers in both spellings', () => {
    const args = parseBenchArgs(['--only', 'p1, P4', '--scale=1', '--rounds', '3']);
    expect(args.only).toEqual(['P1', 'P4']);
    expect(args.scale).toBe(1);
    expect(args.rounds).toBe(3);
    expect(args.durationSeconds).toBe(30);
  });

  it('runs everything by default, at scale 10', () => {
    expect(parseBenchArgs([])).toMatchObject({ only: null, scale: 10, rounds: 2 });
  });

  it('refuses unknown options, missing values and bad numbers', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow('unknown option --fast');
    expect(() => parseBenchArgs(['--only'])).toThrow('--only needs a value');
    expect(() => parseBenchArgs(['--only', ','])).toThrow('at least one figure');
    expect(() => parseBenchArgs(['--scale', '0'])).toThrow('--scale');
    expect(() => parseBenchArgs(['--scale', '1.5'])).toThrow('--scale');
  });

  it('selects a figure by its id, and P7 by any of its lines', () => {
    expect(selected({ only: null }, 'P2')).toBe(true);
    expect(selected({ only: ['P1', 'P4'] }, 'P4')).toBe(true);
    expect(selected({ only: ['P1', 'P4'] }, 'P2')).toBe(false);
    expect(selected({ only: ['P7A'] }, 'P7')).toBe(true);
    expect(selected({ only: ['E2E'] }, 'E2E')).toBe(true);
  });

  it('names figures after their files, leaving helpers and tests out', () => {
    expect(figureIdOf('p2-subgraph-floor.ts')).toBe('P2');
    expect(figureIdOf('e2e-federated-list.ts')).toBe('E2E');
    expect(figureIdOf('figure.ts')).toBeNull();
    expect(figureIdOf('run.ts')).toBeNull();
    expect(figureIdOf('p2-x.spec.ts')).toBeNull();
    expect(figureIdOf('p2')).toBeNull();
  });
});

describe('rounds', () => {
  it('alternate the sides, flipping the order every round', async () => {
    const order: string[] = [];
    const results = await alternate(3, { a: async () => order.push('a'), b: async () => order.push('b') });
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(results.a).toHaveLength(3);
  });

  it('take the median, ignoring what was not measured', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});
