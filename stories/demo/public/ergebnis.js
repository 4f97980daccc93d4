// Demo only (not part of the embedding): after <fim-form> POSTs a submission to the endpoint,
// fetch the server's verdict by the submission's reference (its Idempotency-Key) and show it.
const section = document.getElementById('server-ergebnis');
const ATTEMPTS = 20;

document.addEventListener('fim-submit', (event) => {
  void showResult(event.detail.reference);
});

async function showResult(reference) {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const response = await fetch(`/api/einreichungen/ergebnis/${encodeURIComponent(reference)}`, { headers: { accept: 'application/json' } });
    if (response.ok) return render(await response.json());
  }
}

function render(result) {
  const status = section.querySelector('.status');
  status.textContent = result.accepted
    ? `Angenommen – Aktenzeichen ${result.reference}, empfangen ${new Date(result.receivedAt).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })}.`
    : `Abgelehnt – der Server hat die Einreichung ${result.reference} geprüft und Fehler gefunden.`;
  status.className = `status ${result.accepted ? 'accepted' : 'rejected'}`;
  const errors = section.querySelector('.errors');
  errors.replaceChildren(...(result.errors ?? []).map((d) => {
    const item = document.createElement('li');
    item.textContent = `${d.severity} ${d.code} ${d.pointer}: ${d.message.de}`;
    return item;
  }));
  for (const kind of ['xml', 'json']) {
    const part = result[kind];
    section.querySelector(`[data-payload="${kind}"]`).textContent = part?.payload ?? '–';
    section.querySelector(`[data-check="${kind}"]`).textContent = checkText(kind, part?.check);
  }
  section.hidden = false;
}

function checkText(kind, check) {
  const schema = kind === 'xml' ? 'XSD (xmllint)' : 'JSON Schema (ajv)';
  if (!check) return `Nicht geprüft.`;
  if (!check.checked) return `Gegen ${schema} nicht geprüft: ${check.reason.de}`;
  if (check.schemaCompiles === false) return `Das erzeugte XSD lässt sich mit xmllint nicht übersetzen (Fehler des Compilers): ${check.output.split('\n').at(-2) ?? ''}`;
  return check.valid ? `Gültig gegen das erzeugte ${schema}.` : `Ungültig gegen das erzeugte ${schema}: ${check.output ?? JSON.stringify(check.errors)}`;
}
