/** A language's name in English from its ISO 639-3 code ("fra" → "French"), for the status bar and the CLI. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
