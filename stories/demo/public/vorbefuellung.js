// Demo only (not part of the embedding): while the demo login is open, the server renders the prefill of
// the login's session into the page as a JSON data block; hand it to <fim-form> as its `prefill` property,
// as a host does after a BundID login. The endpoint compares the submission with the same prefill.
const block = document.getElementById('vorbefuellung');
const form = document.getElementById('antrag');
if (block && form) form.prefill = JSON.parse(block.textContent);
