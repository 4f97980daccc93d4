import { FimForm } from './fim-form.js';

/** Registers `<fim-form>` (once; a second bundle on the page keeps the first definition). */
if (!customElements.get('fim-form')) customElements.define('fim-form', FimForm);

declare global {
  interface HTMLElementTagNameMap {
    'fim-form': FimForm;
  }
}
