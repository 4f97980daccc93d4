// First-render and keystroke timings of <fim-form> in headless Chromium (figures for the README and
// issue #12; no test asserts times). Production bundle (esbuild, minified, Lit without dev mode).
//   node scripts/bench-render.mjs            → 500 and 2,000 fields; first screen at 50, 500 and 2,000 fields;
//                                              keystroke at 2,000 fields with 300 rules
// Render: from setting `definition` to the next frame after Lit's update (every control in the DOM),
// median of 5 fresh pages per size; the count of controls in Chromium's accessibility tree is checked.
// First screen: from setting `definition` until the first 30 controls are in the DOM, focusable (enabled and
// rendered) and their frame is painted; the rest of a long page follows in later tasks (src/progressive-render.ts).
// Keystroke: from the keydown event to the next frame, median of 30 keystrokes in a field read by rules — typed at a
// person's pace (the target's measure: each key's frame is painted before the next key), and in a burst (keys sent back
// to back, faster than frames: a key that arrives while the previous one's frame is pending waits for it).
// The one benchmark command (bench/, `npm run bench` at the root) imports `definition`, `renderOnce`, `firstScreenOnce`
// and `keystrokes`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';

const here = path.dirname(fileURLToPath(import.meta.url));
const ORIGIN = 'http://fim.test';
const RUNS = 5;

let script;
async function productionScript() {
  script ??= (await build({ entryPoints: [path.resolve(here, '../src/define.ts')], bundle: true, format: 'esm', write: false, minify: true })).outputFiles[0].text;
  return script;
}

/** `count` fields in groups of 20, a realistic mix of controls, and optionally 300 rules reading earlier fields. */
export function definition(count, withRules) {
  const fields = {};
  const groups = {};
  const structure = [];
  const codes = { kind: 'inline', values: ['01', '02', '03'].map((code) => ({ code, label: { de: `Option ${code}` } })) };
  const groupCount = Math.ceil(count / 20);
  for (let g = 0; g < groupCount; g++) {
    const children = [];
    for (let i = 0; i < 20 && g * 20 + i < count; i++) {
      const key = `f${g}_${i}`;
      const kind = i % 10;
      const base = { name: key, label: { de: `Feld ${g}.${i}` } };
      fields[key] =
        kind === 1 ? { ...base, control: 'input', type: 'num' }
        : kind === 4 ? { ...base, control: 'input', type: 'date' }
        : kind === 6 ? { ...base, control: 'select', type: 'text', codeList: 'codes' }
        : kind === 8 ? { ...base, control: 'input', type: 'bool', ui: { widget: 'checkbox' } }
        : { ...base, control: 'input', type: 'text', constraints: { maxLength: 50 } };
      children.push({ field: key, cardinality: '0:1' });
    }
    groups[`g${g}`] = { name: `g${g}`, label: { de: `Gruppe ${g}` }, children };
    structure.push({ group: `g${g}`, cardinality: '0:1' });
  }
  const rules = {};
  if (withRules) {
    for (let r = 0; r < 300; r++) {
      const g = r % groupCount;
      const kind = ['show', 'require', 'compute'][r % 3];
      const target = `f${(g + 1) % groupCount}_${[3, 5, 7][r % 3]}`;
      rules[`r${r}`] = { type: 'K', effects: [kind === 'compute' ? { effect: 'compute', target, value: `f${g}_1 * 2 + 1` } : { effect: kind, target, when: `f${g}_1 > ${r % 50}` }] };
    }
  }
  return { fimforms: '1.0', name: 'gross', title: { de: 'Groß' }, structure, fields, groups, codeLists: { codes }, rules };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A page in a fresh browser context (no cache or compiled code shared with an earlier run). */
async function freshPage(browser) {
  const script = await productionScript();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.route(`${ORIGIN}/**`, (route) =>
    new URL(route.request().url()).pathname === '/fimforms.js'
      ? route.fulfill({ contentType: 'text/javascript', body: script })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="de"><script type="module" src="/fimforms.js"></script><body><fim-form></fim-form></body></html>' }),
  );
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => customElements.get('fim-form'));
  return page;
}

export async function renderOnce(browser, count, withRules) {
  const page = await freshPage(browser);
  const { ms, phases } = await page.evaluate(async (d) => {
    const form = document.querySelector('fim-form');
    const start = performance.now();
    form.definition = d;
    await form.updateComplete;
    const rendered = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const end = performance.now();
    return { ms: end - start, phases: `script ${(rendered - start).toFixed(0)} + style/layout/paint ${(end - rendered).toFixed(0)}` };
  }, definition(count, withRules));
  if (process.env.PHASES) console.log(`  ${count}: ${phases}`);
  const controls = await page.evaluate(() => document.querySelector('fim-form').shadowRoot.querySelectorAll('input, select, textarea').length);
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  const inTree = nodes.filter((node) => !node.ignored && ['textbox', 'radio', 'checkbox', 'combobox'].includes(node.role?.value)).length;
  await page.context().close();
  return { ms, controls, inTree };
}

/** Controls that make a first screen. */
export const FIRST_SCREEN_CONTROLS = 30;

export async function firstScreenOnce(browser, count, withRules) {
  const page = await freshPage(browser);
  const ms = await page.evaluate(
    ([d, wanted]) =>
      new Promise((resolve) => {
        const form = document.querySelector('fim-form');
        const focusable = (control) => !control.disabled && control.checkVisibility();
        const start = performance.now();
        form.definition = d;
        // A form with fewer controls: its first screen is all of it.
        let complete = false;
        void form.updateComplete.then(() => (complete = true));
        // Checked in each frame before it is painted; the time is taken in the first task after that paint
        // (a message posted now runs before anything the form schedules after the same frame).
        const check = () => {
          const controls = [...form.shadowRoot.querySelectorAll('input, select, textarea')].slice(0, wanted);
          if ((controls.length < wanted && !complete) || !controls.every(focusable)) return requestAnimationFrame(check);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(check);
      }),
    [definition(count, withRules), FIRST_SCREEN_CONTROLS],
  );
  await page.context().close();
  return { ms };
}

export async function keystrokes(browser, count, presses = 30, spaced = false) {
  const page = await freshPage(browser);
  await page.evaluate(async (d) => {
    const form = document.querySelector('fim-form');
    form.definition = d;
    await form.updateComplete;
  }, definition(count, true));
  // f0_1 is read by the rules of group 0 (every 100th rule): type into the hub of group 1 and 0 alike.
  const input = page.locator('fim-form').locator('[id="f-g0.f0_1"]');
  await input.focus();
  await page.evaluate(() => {
    window.__frames = [];
    document.querySelector('fim-form').shadowRoot.addEventListener('keydown', (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__frames.push(performance.now() - start), 0));
    }, true);
  });
  for (let i = 0; i < presses; i++) {
    await page.keyboard.type(String(i % 10));
    // As a person types (a few keys a second): each keystroke's frame is done before the next key.
    if (spaced) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  }
  await page.waitForTimeout(200);
  const frames = await page.evaluate(() => window.__frames);
  await page.context().close();
  return frames;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
  for (const [count, withRules] of [[500, false], [2000, false], [2000, true]]) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await renderOnce(browser, count, withRules));
    const last = runs.at(-1);
    console.log(`${count} fields${withRules ? ' + 300 rules' : ''}: first render to next frame median ${median(runs.map((r) => r.ms)).toFixed(0)} ms (runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')}); ${last.controls} native controls, ${last.inTree} in the accessibility tree`);
  }
  for (const count of [50, 500, 2000]) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push((await firstScreenOnce(browser, count, false)).ms);
    console.log(`${count} fields: first screen (${FIRST_SCREEN_CONTROLS} controls focusable, painted) median ${median(runs).toFixed(0)} ms (runs ${runs.map((ms) => ms.toFixed(0)).join(', ')})`);
  }
  for (const spaced of [true, false]) {
    const frames = await keystrokes(browser, 2000, 30, spaced);
    console.log(`keystroke to next frame, 2,000 fields, 300 rules, ${spaced ? "typed at a person's pace" : 'keys back to back'}: median ${median(frames).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms (${frames.length} keystrokes)`);
  }
  } finally {
    await browser.close();
  }
}
