import { describe, expect, it } from 'vitest';
import { sendFailureText, sendFailureTexts } from '../src/send-failure-texts.js';

describe('what the citizen is told when sending failed', () => {
  it('names the cause, what was not sent and is kept, and what to do — in German and English', () => {
    expect(sendFailureText({ reason: 'network', files: 0 }, 'de')).toBe(
      'Die Verbindung zum Server ist unterbrochen. Ihre Angaben wurden nicht gesendet. Sie bleiben hier erhalten. Bitte versuchen Sie es später noch einmal.',
    );
    expect(sendFailureText({ reason: 'server', files: 2 }, 'en')).toBe(
      'The server cannot be reached right now. Your answers and the 2 chosen files were not sent. Everything is kept here; you do not need to enter or choose anything again. Please try again later.',
    );
    // A refusal will not pass by waiting alone: the office can help.
    expect(sendFailureText({ reason: 'rejected', files: 0 }, 'de')).toMatch(/^Der Server hat die Sendung nicht angenommen\. .* oder wenden Sie sich an die zuständige Stelle\.$/);
    expect(sendFailureText({ reason: 'rejected', files: 0 }, 'en')).toMatch(/or contact the responsible office\.$/);
  });

  it('takes the singular for one file', () => {
    expect(sendFailureTexts.de.kept(1)).toContain('Ihre Angaben und die ausgewählte Datei wurden nicht gesendet.');
    expect(sendFailureTexts.en.kept(1)).toContain('Your answers and the chosen file were not sent.');
    expect(sendFailureTexts.de.kept(3)).toContain('die 3 ausgewählten Dateien');
  });

  it('names every file whose contents are gone, in one sentence', () => {
    expect(sendFailureText({ reason: 'missing', names: ['a.pdf', 'b.jpg'] }, 'de')).toBe(
      'Die Dateien „a.pdf“, „b.jpg“ liegen nicht mehr vor (Dateien werden nicht zwischengespeichert). Bitte entfernen Sie sie und wählen Sie sie erneut aus.',
    );
    expect(sendFailureText({ reason: 'missing', names: ['a.pdf'] }, 'en')).toBe('The file "a.pdf" is no longer here (files are not saved with drafts). Please remove it and choose it again.');
    expect(sendFailureText({ reason: 'missing', names: ['a.pdf', 'b.jpg'] }, 'en')).toBe(
      'The files "a.pdf", "b.jpg" are no longer here (files are not saved with drafts). Please remove them and choose them again.',
    );
  });

  it('English has every key German has', () => {
    expect(Object.keys(sendFailureTexts.en).sort()).toEqual(Object.keys(sendFailureTexts.de).sort());
    expect(Object.keys(sendFailureTexts.en.cause).sort()).toEqual(Object.keys(sendFailureTexts.de.cause).sort());
  });
});
