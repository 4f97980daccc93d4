import type { TestProject } from 'vitest/node';

// Placeholder until the corpus import lands (next commit).
export default function setup(_project: TestProject): void {}
