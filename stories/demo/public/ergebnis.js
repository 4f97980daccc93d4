// Demo only (not part of the embedding): once <fim-form> has delivered a submission to the endpoint
// (`fim-delivered`), show the server's verdict from its answer: the checks, both payloads.
const section = document.getElementById('server-ergebnis');

document.addEventListener('fim-delivered', (event) => {
  const result = event.detail.response;
  if (result && typeof result === 'object' && 'accepted' in result) render(result);
});

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
