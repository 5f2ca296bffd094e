/**
 * Arabic (Modern Standard): Arabic comma ، and question mark ؟; an edition is «العدد» (the issue) throughout;
 * 1 and 2 are spelled out in '=1'/'=2' as singular and dual («عدد واحد»، «عددان»); the one/two forms, which need {count}, are then unused.
 */
import type { Catalogue } from './en.js';

export const ar: Catalogue = {
  // Every page
  'page.skip_link': 'انتقل إلى المحتوى',
  'page.footer_nav': 'الموقع',
  'page.archive': 'الأرشيف',
  'page.topics': 'المواضيع',
  'page.feed_title': '{site} ({format})',
  'page.copyright': '© {organization}',

  // An edition
  'edition.draft': 'مسودة: لم تُنشر بعد',
  'edition.scheduled': 'مُجدول: لن يُنشر قبل {date}',
  'edition.topics': 'المواضيع:',
  'edition.neighbours': 'العدد السابق والعدد التالي',
  'edition.previous': 'العدد السابق',
  'edition.next': 'العدد التالي',
  'edition.also_in': 'أيضًا في:',
  'audio.title': 'استمع إلى عدد اليوم',
  'audio.download': 'تنزيل النسخة الصوتية',
  'share.permalink': 'رابط هذا العدد',
  'share.copy': 'نسخ الرابط',
  'share.field': 'الرابط المراد نسخه',
  'share.copied': 'تم نسخ الرابط',
  'share.blocked': 'منع متصفحك النسخ. الرابط محدَّد في الأعلى، فانسخه من هناك.',
  'markdown.footnotes': 'الحواشي',
  'markdown.back_to_reference': 'العودة إلى الإحالة {n}',
  'markdown.table': 'جدول {n}: {columns}',

  // The subscription offer
  'offer.headline': 'اشترك',
  'offer.price_month': 'اشترك اليوم وادفع {price} فقط شهريًا.',
  'offer.price_year': 'اشترك اليوم وادفع {price} فقط سنويًا، أي {per_month} شهريًا.',
  'offer.price_year_under': 'اشترك اليوم وادفع {price} فقط سنويًا، أي أقل من {per_month} شهريًا.',
  'offer.trial_days': {
    '=1': 'وتحصل أيضًا على فترة تجريبية مجانية مدتها يوم واحد، دون أي التزام بمواصلة الاشتراك.',
    '=2': 'وتحصل أيضًا على فترة تجريبية مجانية مدتها يومان، دون أي التزام بمواصلة الاشتراك.',
    zero: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} يوم، دون أي التزام بمواصلة الاشتراك.',
    one: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} يوم، دون أي التزام بمواصلة الاشتراك.',
    two: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} يوم، دون أي التزام بمواصلة الاشتراك.',
    few: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} أيام، دون أي التزام بمواصلة الاشتراك.',
    many: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} يومًا، دون أي التزام بمواصلة الاشتراك.',
    other: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} يوم، دون أي التزام بمواصلة الاشتراك.',
  },
  'offer.trial_weeks': {
    '=1': 'وتحصل أيضًا على فترة تجريبية مجانية مدتها أسبوع واحد، دون أي التزام بمواصلة الاشتراك.',
    '=2': 'وتحصل أيضًا على فترة تجريبية مجانية مدتها أسبوعان، دون أي التزام بمواصلة الاشتراك.',
    '=3': 'وتحصل أيضًا على فترة تجريبية مجانية مدتها ثلاثة أسابيع، دون أي التزام بمواصلة الاشتراك.',
    '=4': 'وتحصل أيضًا على فترة تجريبية مجانية مدتها أربعة أسابيع، دون أي التزام بمواصلة الاشتراك.',
    zero: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} أسبوع، دون أي التزام بمواصلة الاشتراك.',
    one: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} أسبوع، دون أي التزام بمواصلة الاشتراك.',
    two: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} أسبوع، دون أي التزام بمواصلة الاشتراك.',
    few: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} أسابيع، دون أي التزام بمواصلة الاشتراك.',
    many: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} أسبوعًا، دون أي التزام بمواصلة الاشتراك.',
    other: 'وتحصل أيضًا على فترة تجريبية مجانية مدتها {count} أسبوع، دون أي التزام بمواصلة الاشتراك.',
  },

  // Home page and lists
  'home.earlier': 'الأعداد السابقة',
  'home.all_editions': 'جميع الأعداد في الأرشيف',
  'list.empty': 'لم يُنشر أي عدد بعد.',
  'list.pages': 'الصفحات',
  'list.newer': 'أعداد أحدث',
  'list.older': 'أعداد أقدم',
  'list.latest': 'الأحدث',
  'list.separator': '، ',
  'archive.title': 'الأرشيف',
  'archive.title_page': 'الأرشيف، الصفحة {page}',
  'archive.description': 'جميع أعداد {site}، من الأحدث إلى الأقدم.',
  'topics.title': 'المواضيع',
  'topics.description': 'جميع المواضيع التي تُتناول في {site}.',
  'tag.title_page': '{tag}، الصفحة {page}',
  'tag.description': 'أعداد {site} عن {tag}.',
  'tag.count': {
    '=1': 'عدد واحد',
    '=2': 'عددان',
    zero: '{count} عدد',
    one: '{count} عدد',
    two: '{count} عدد',
    few: '{count} أعداد',
    many: '{count} عددًا',
    other: '{count} عدد',
  },

  // Pages that are not an edition
  'not_found.title': 'الصفحة غير موجودة',
  'not_found.text': 'الصفحة التي طلبتها غير موجودة هنا. ربما نُقلت إلى عنوان آخر، أو أن العنوان مكتوب بشكل خاطئ.',
  'not_found.home': 'اقرأ عدد اليوم',
  'not_found.archive': 'تصفّح الأرشيف',
  'not_found.latest': 'أحدث الأعداد',
  'redirect.moved': 'انتقل هذا العدد إلى عنوان جديد:',

  // The podcast (issue 13): the footer link to podcast.xml, the title of its <link rel="alternate">, and the link to an
  // edition's transcript beside the narration.
  'page.podcast': 'البودكاست',
  'page.podcast_title': '{show} (بودكاست)',
  'audio.transcript': 'اقرأ نص التسجيل',
  // The email edition (issue 13): its links and footer, and a picture a build cannot size.
  'email.view_in_browser': 'اعرض الرسالة في المتصفح',
  'email.listen_note': '{duration}، تُشغَّل في المتصفح',
  'email.unsubscribe': 'إلغاء الاشتراك',
  'email.reason': 'تصلك هذه الرسالة لأنك مشترك في {site}.',
  'email.image_link': 'صورة: {alt}',
  // Share images (issue 13): the text of an edition's card, for those who cannot see it.
  'share_image.alt': '{headline}، {publication}، {date}',
};
