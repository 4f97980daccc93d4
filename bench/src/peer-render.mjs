// First render of a peer's form in a fresh browser context, measured as bench-render.mjs measures
// <fim-form>: from handing over the form to the next frame (every control in the DOM), with the
// controls counted in the DOM and in Chromium's accessibility tree.
const ORIGIN = 'http://peer.test';
// Native number inputs are spinbuttons; a native date input shows as three spinbuttons (day, month, year), counted once.
const CONTROL_ROLES = ['textbox', 'radio', 'checkbox', 'combobox', 'spinbutton'];

async function peerPage(browser, bundle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) =>
    new URL(route.request().url()).pathname === '/peer.js'
      ? route.fulfill({ contentType: 'text/javascript', body: bundle.script })
      : route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="de"><style>${bundle.css}</style><script type="module" src="/peer.js"></script><body><div id="root"></div></body></html>` }),
  );
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => typeof window.renderPeer === 'function');
  return page;
}

/** Renders `form` ({ jsonSchema, survey }) once; resolves to { ms, controls, inTree }. */
export async function renderPeerOnce(browser, bundle, form) {
  const page = await peerPage(browser, bundle);
  const ms = await page.evaluate(async (f) => {
    const start = performance.now();
    window.renderPeer(f, document.getElementById('root'));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  }, form);
  const { controls, dates } = await page.evaluate(() => ({
    controls: document.querySelectorAll('input, select, textarea, [role="combobox"]').length,
    dates: document.querySelectorAll('input[type="date"]').length,
  }));
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  const shown = nodes.filter((node) => !node.ignored && CONTROL_ROLES.includes(node.role?.value));
  const inTree = shown.length - 2 * dates;
  await page.context().close();
  return { ms, controls, inTree };
}
