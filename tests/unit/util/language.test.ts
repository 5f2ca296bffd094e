import { describe, expect, it } from 'vitest';
import { canonicalLanguage, isLanguageTag, ogLocale, ownName, textDirection } from '../../../src/util/language.js';

describe('language tags', () => {
  it('should accept BCP 47 tags and refuse language names, which are well-formed but no codes', () => {
    for (const tag of ['en', 'en-GB', 'ar', 'ar-EG', 'zh-Hant-TW', 'fil', 'sr-Latn']) expect(isLanguageTag(tag), tag).toBe(true);
    for (const tag of ['English', 'arabic', 'en_US', 'x-private', '', 'Arabic language', 'en-', 'und']) expect(isLanguageTag(tag), tag).toBe(false);
  });

  it('should canonicalise, so one language compares equal however it is written', () => {
    expect(['EN-gb', 'en-gb', 'en-GB'].map(canonicalLanguage)).toEqual(['en-GB', 'en-GB', 'en-GB']);
    expect(canonicalLanguage('iw')).toBe('he');
  });

  it('should derive the direction and the Open Graph locale', () => {
    expect(['ar', 'he', 'fa-IR', 'ur', 'en', 'es', 'zh-Hant'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr']);
    expect(['en', 'ar', 'pt-BR'].map(ogLocale)).toEqual(['en_US', 'ar_EG', 'pt_BR']);
  });

  it('should name a language in that language, as a language menu does', () => {
    expect(['ar', 'en', 'es', 'fr', 'he', 'tr'].map(ownName)).toEqual(['العربية', 'English', 'Español', 'Français', 'עברית', 'Türkçe']);
  });
});
