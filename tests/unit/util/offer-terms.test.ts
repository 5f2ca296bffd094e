import { describe, expect, it } from 'vitest';
import { offerTerms, trialLength } from '../../../src/util/offer-terms.js';

describe('offerTerms', () => {
  it('should derive "less than $3 a month" from $32.95 a year', () => {
    expect(offerTerms({ price: 32.95, currency: 'USD', period: 'year', trialDays: 14 }, 'en')).toEqual({
      price: '$32.95',
      perMonth: '$3',
      perMonthIsCeiling: true,
      trial: 'two-week',
    });
  });

  it('should give the exact monthly figure when the yearly price divides evenly', () => {
    const terms = offerTerms({ price: 36, currency: 'USD', period: 'year' }, 'en');
    expect(terms).toMatchObject({ perMonth: '$3.00', perMonthIsCeiling: false });
    expect(terms.trial).toBeUndefined();
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
  it('should say weeks when the days are whole weeks, days otherwise', () => {
    expect([7, 14, 21, 28, 30, 10, 1].map(trialLength)).toEqual([
      'one-week',
      'two-week',
      'three-week',
      'four-week',
      '30-day',
      '10-day',
      '1-day',
    ]);
  });
});
