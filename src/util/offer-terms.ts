/**
 * The figures an offer block shows, derived from the offer's numbers once, so
 * the price and the per-month figure can never disagree.
 */
import type { Offer, OfferTerms } from '../model/index.js';

const WEEK_WORDS = ['one', 'two', 'three', 'four'];

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
    ...(offer.trialDays ? { trial: trialLength(offer.trialDays) } : {}),
  };
}

/** 14 → "two-week", 30 → "30-day". */
export function trialLength(days: number): string {
  const weeks = days / 7;
  if (Number.isInteger(weeks) && weeks >= 1 && weeks <= WEEK_WORDS.length) return `${WEEK_WORDS[weeks - 1]}-week`;
  return `${days}-day`;
}
