/** A small right-to-left (Arabic) publication: one edition with narration and the offer. */
import { readFile } from 'node:fs/promises';
import { edition, makeProject, NARRATION, siteFiles } from './site.js';

/** The edition's path under public/. */
export const RTL_EDITION_PATH = '2024/03/12/border-strikes/';

/** Write the project into a temp folder and return its root. */
export async function rtlProject(): Promise<string> {
  return makeProject(
    siteFiles({
      'content/site.yml': [
        'title: البريد العالمي',
        'url: https://ar.news.example.org/',
        'language: ar',
        'description: موجز يومي لأهم أحداث العالم في دقائق كل صباح.',
        'timezone: UTC',
        'author: فريق التحرير',
        '',
      ].join('\n'),
      'content/offer.md': [
        '---',
        'headline: اشترك اليوم ليصلك الموجز كل صباح',
        'price: 32.95',
        'currency: USD',
        'period: year',
        'trial_days: 14',
        'url: https://ar.news.example.org/subscribe',
        'cta: ابدأ تجربتك المجانية',
        '---',
        'صحافة مستقلة تشرح لك ما يحدث في العالم، كل صباح.',
        '',
      ].join('\n'),
      'content/media/brief.mp3': await readFile(NARRATION),
      'content/editions/2024-03-12-border-strikes.md': edition(
        { headline: 'ضربات عبر الحدود', date: '2024-03-12', slug: 'border-strikes', audio: '{ src: media/brief.mp3, title: استمع إلى عدد اليوم }' },
        'شنّت ميليشيات موالية لأوكرانيا هجوماً عبر الحدود على روسيا يوم الثلاثاء، بعد ساعات من موجة هجمات بطائرات مسيّرة، بحسب [وكالة الصحافة الفرنسية](https://www.afp.com/ar).\n\n' +
          'وقالت وزارة الدفاع الروسية إنها صدّت محاولات عدة لاختراق الحدود، فيما تبادل الطرفان القصف المدفعي في مناطق عدة.\n',
      ),
    }),
  );
}
