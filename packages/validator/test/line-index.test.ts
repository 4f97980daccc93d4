import { expect, it } from 'vitest';
import { LineIndex } from '../src/line-index.js';

it('counts LF, CRLF and lone CR as line breaks', () => {
  const lines = new LineIndex('a\nb\r\nc\rd');
  expect(lines.position(0)).toEqual({ line: 1, column: 1 });
  expect(lines.position(2)).toEqual({ line: 2, column: 1 });
  expect(lines.position(5)).toEqual({ line: 3, column: 1 });
  expect(lines.position(7)).toEqual({ line: 4, column: 1 });
});
