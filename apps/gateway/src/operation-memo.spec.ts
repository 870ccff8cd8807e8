import { parse } from 'graphql';
import { OperationMemo } from './operation-memo';

describe('OperationMemo', () => {
  const document = parse('query A($n: Int) { a(n: $n) } query B { b }');

  it('keeps an answer per document, operation and variables', () => {
    const memo = new OperationMemo<number>();
    memo.remember(document, 'A', { n: 1 }, 10);
    expect(memo.known(document, 'A', { n: 1 })).toBe(10);
    expect(memo.known(document, 'A', { n: 2 })).toBeUndefined();
    expect(memo.known(document, 'B', { n: 1 })).toBeUndefined();
    expect(memo.known(parse('query A($n: Int) { a(n: $n) } query B { b }'), 'A', { n: 1 })).toBeUndefined();
  });

  it('keeps the most recent answers of a document only', () => {
    const memo = new OperationMemo<number>(2);
    for (const n of [1, 2, 3]) memo.remember(document, 'A', { n }, n);
    expect(memo.known(document, 'A', { n: 1 })).toBeUndefined();
    expect(memo.known(document, 'A', { n: 3 })).toBe(3);
  });
});
