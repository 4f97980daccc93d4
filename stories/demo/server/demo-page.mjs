// @ts-check
import { readFileSync } from 'node:fs';

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The demo page for one example form: the CMS page template with the form's file name, title
 * and endpoint filled in (escaped), and a list of the other examples.
 * @param {string} templateFile
 * @param {{ name: string, title: string }} form
 * @param {{ name: string, title: string }[]} forms
 * @param {'de' | 'en'} language the form's language (the CMS page itself stays German)
 */
export function demoPage(templateFile, form, forms, language) {
  const others = forms
    .map((f) => (f.name === form.name ? `<li aria-current="page">${escapeHtml(f.title)}</li>` : `<li><a href="/?formular=${encodeURIComponent(f.name)}">${escapeHtml(f.title)}</a></li>`))
    .join('\n            ');
  return readFileSync(templateFile, 'utf8')
    .replaceAll('{{FORM_NAME}}', escapeHtml(form.name))
    .replaceAll('{{FORM_TITLE}}', escapeHtml(form.title))
    .replaceAll('{{FORM_LANG}}', language)
    .replace('{{FORM_LIST}}', others);
}
