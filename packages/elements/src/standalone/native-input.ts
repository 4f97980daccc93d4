import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ControlWiring } from './standalone-field.js';

/** What a text-like native input of a standalone field needs besides its wiring. */
export interface NativeInputOptions {
  readonly autocomplete: string | null;
  readonly inputMode?: string;
  readonly wide?: boolean;
  readonly multiline?: boolean;
  readonly onInput: (text: string) => void;
  readonly onLeave: () => void;
}

/**
 * The native `<input>` (or `<textarea>`) of a standalone field: `type="text"` for every data type, as the
 * element reads German numbers and dates itself; `aria-required` rather than `required` (the inner control
 * belongs to no form, and Chromium marks untouched required controls invalid in the accessibility tree).
 */
export function nativeInput(wiring: ControlWiring, options: NativeInputOptions): TemplateResult {
  const input = (event: Event) => options.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const className = options.wide || options.multiline ? 'control wide' : 'control';
  if (options.multiline) {
    return html`<textarea id=${wiring.id} class=${className} part="control" rows="5" .value=${live(wiring.text)}
      ?disabled=${wiring.disabled} aria-required=${wiring.required ? 'true' : nothing} aria-invalid=${wiring.invalid ? 'true' : nothing}
      aria-describedby=${ifDefined(wiring.describedBy)} autocomplete=${ifDefined(options.autocomplete ?? undefined)}
      @input=${input} @change=${options.onLeave}></textarea>`;
  }
  return html`<input id=${wiring.id} class=${className} part="control" type="text" .value=${live(wiring.text)}
    ?disabled=${wiring.disabled} aria-required=${wiring.required ? 'true' : nothing} aria-invalid=${wiring.invalid ? 'true' : nothing}
    aria-describedby=${ifDefined(wiring.describedBy)} autocomplete=${ifDefined(options.autocomplete ?? undefined)}
    inputmode=${ifDefined(options.inputMode)} @input=${input} @change=${options.onLeave}>`;
}
