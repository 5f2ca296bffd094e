/**
 * The figures an offer block shows, derived from the offer's numbers once, so
 * the price and the per-month figure can never disagree.
 */
import type { Offer, OfferTerms } from '../model/index.js';

/** Format an offer's figures for the site language with Intl.NumberFormat. */
export function offerTerms(offer: Pick<Offer, 'price' | 'currency' | 'period' | 'trialDays'>, language: string): OfferTerms {
  const money = new Intl.NumberFormat(language, { style: 'currency', currency: offer.currency });
  const whole = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: offer.currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  let perMonth: string;
  let perMonthIsCeiling = false;
  if (offer.period === 'month') {
    perMonth = money.format(offer.price);
  } else {
    const monthly = offer.price / 12;
    const ceiling = Math.ceil(monthly - 1e-9);
    perMonthIsCeiling = ceiling - monthly > 1e-9;
    perMonth = perMonthIsCeiling ? whole.format(ceiling) : money.format(monthly);
  }
  return {
    price: money.format(offer.price),
    perMonth,
    perMonthIsCeiling,
    ...(offer.trialDays ? trialLength(offer.trialDays) : {}),
  };
}

/** 14 days → also two weeks, 30 → days only: the catalogue has a sentence for each ("a free two-week trial"). */
export function trialLength(days: number): { trialDays: number; trialWeeks?: number } {
  return days % 7 === 0 ? { trialDays: days, trialWeeks: days / 7 } : { trialDays: days };
}
