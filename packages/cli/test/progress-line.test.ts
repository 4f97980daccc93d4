import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressLine } from '../src/progress-line.js';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return { stream, text: () => chunks.join('') };
}

describe('ProgressLine', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays silent when stdout is no terminal', () => {
    vi.useFakeTimers();
    const out = capture();
    const progress = new ProgressLine(out.stream, false);
    vi.advanceTimersByTime(5000);
    progress.update(1, 10, 'a.json');
    progress.clear();
    expect(out.text()).toBe('');
  });

  it('draws after a second on a terminal and clears its line', () => {
    vi.useFakeTimers();
    const out = capture();
    const progress = new ProgressLine(out.stream, true);
    progress.update(1, 10, 'a.json');
    expect(out.text()).toBe('');
    vi.advanceTimersByTime(1500);
    progress.update(5, 10, 'forms/e.json');
    progress.clear();
    expect(out.text()).toBe('\r\x1b[K[5/10] forms/e.json\r\x1b[K');
  });
});
