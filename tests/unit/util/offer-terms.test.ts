import { describe, expect, it } from 'vitest';
import { offerTerms, trialLength } from '../../../src/util/offer-terms.js';

describe('offerTerms', () => {
  it('should derive "less than $3 a month" from $32.95 a year', () => {
    expect(offerTerms({ price: 32.95, currency: 'USD', period: 'year', trialDays: 14 }, 'en')).toEqual({
      price: '$32.95',
      perMonth: '$3',
      perMonthIsCeiling: true,
      trialDays: 14,
      trialWeeks: 2,
    });
  });

  it('should give the exact monthly figure when the yearly price divides evenly', () => {
    const terms = offerTerms({ price: 36, currency: 'USD', period: 'year' }, 'en');
    expect(terms).toMatchObject({ perMonth: '$3.00', perMonthIsCeiling: false });
    expect(terms).not.toHaveProperty('trialWeeks');
    expect(terms).not.toHaveProperty('trialDays');
  });

  it('should show a monthly price as it is', () => {
    expect(offerTerms({ price: 4.99, currency: 'USD', period: 'month' }, 'en')).toMatchObject({
      price: '$4.99',
      perMonth: '$4.99',
      perMonthIsCeiling: false,
    });
  });

  it('should format for the currency and the site language', () => {
    const terms = offerTerms({ price: 32.95, currency: 'EUR', period: 'year' }, 'de');
    expect(terms.price).toBe('32,95\u00a0€');
    expect(terms.perMonth).toBe('3\u00a0€');
    expect(offerTerms({ price: 3000, currency: 'JPY', period: 'year' }, 'ja').price).toBe('￥3,000');
  });
});

describe('trialLength', () => {
  it('should count whole weeks in weeks too, and always in days', () => {
    expect([7, 14, 28, 35, 30, 10, 1].map(trialLength)).toEqual([
      { trialDays: 7, trialWeeks: 1 },
      { trialDays: 14, trialWeeks: 2 },
      { trialDays: 28, trialWeeks: 4 },
      { trialDays: 35, trialWeeks: 5 },
      { trialDays: 30 },
      { trialDays: 10 },
      { trialDays: 1 },
    ]);
  });
});
