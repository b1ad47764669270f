import type { UiText } from '../index.ts';
import { wholeNumber } from '../../numbers.ts';

const count = (value: number): string => wholeNumber(value, 'ar');

type Forms = { one: string; two: string; few: string; many: string; other: string };

const pluralRules = new Intl.PluralRules('ar');

/**
 * A count and its noun as Arabic says them: one and two by the noun alone ("دقيقة واحدة",
 * "دقيقتان"), 3-10 with the plural ("5 دقائق"), 11-99 with the singular in the accusative
 * ("15 دقيقة", "12 مقالًا"), a hundred and on (and zero) with the singular ("100 مقال").
 */
function counted(value: number, noun: Forms): string {
  const rule = pluralRules.select(value);
  const form = rule === 'zero' ? 'other' : rule;
  return form === 'one' || form === 'two' ? noun[form] : `${count(value)} ${noun[form]}`;
}

const minuteForms: Forms = { one: 'دقيقة واحدة', two: 'دقيقتان', few: 'دقائق', many: 'دقيقة', other: 'دقيقة' };
const playbookForms: Forms = { one: 'دليل عمل واحد', two: 'دليلا عمل', few: 'أدلة عمل', many: 'دليل عمل', other: 'دليل عمل' };
const articleForms: Forms = { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', other: 'مقال' };
const partForms: Forms = { one: 'جزء واحد', two: 'جزءان', few: 'أجزاء', many: 'جزءًا', other: 'جزء' };
const slideForms: Forms = { one: 'شريحة واحدة', two: 'شريحتان', few: 'شرائح', many: 'شريحة', other: 'شريحة' };

export const site: UiText['site'] = {
  pages: {
    home: 'الرئيسية',
    insights: 'الرؤى',
    allInsights: 'جميع الرؤى',
    search: 'البحث',
    searchPlaybooks: 'البحث في أدلة العمل',
    series: 'السلاسل',
    tags: 'الوسوم',
  },
  common: {
    frameworkLabel: 'إطار العمل:',
    readingTime: (minutes) => `${counted(minutes, minuteForms)} للقراءة`,
  },
  header: {
    skipToContent: 'الانتقال إلى المحتوى',
    navLabel: 'الموقع',
    themeLabel: 'المظهر',
    themes: { system: 'حسب النظام', light: 'فاتح', dark: 'داكن' },
    searchPlaceholder: 'بحث ( / )',
    searchButton: 'بحث',
  },
  footer: {
    rssFeed: 'موجز RSS',
    authorProfile: (author) => `الملف الشخصي: ${author}`,
  },
  previewImage: {
    articleAlt: (title, framework, siteName) => `${title}: ${framework}، على ${siteName}`,
  },
  home: {
    browseAll: (playbooks) => `تصفّح جميع أدلة العمل (${count(playbooks)})`,
    featuredSeries: 'سلسلة مميزة',
    featuredSeriesParts: (playbooks) => ({
      before: `${counted(playbooks, playbookForms)} للقراءة بالترتيب، أو في`,
      link: 'كتاب واحد قابل للطباعة',
      after: '.',
    }),
    partMinutes: (minutes) => counted(minutes, minuteForms),
    latest: 'أحدث أدلة العمل',
  },
  insightsIndex: {
    pageOf: (page, pages) => `الصفحة ${count(page)} من ${count(pages)}`,
    title: (pageWords) => `جميع الرؤى، ${pageWords}`,
    description: (siteName, pageWords) => `جميع أدلة العمل على ${siteName}، الأحدث أولًا${pageWords ? `: ${pageWords}` : ''}.`,
    lede: 'أدلة عمل تضم خطوات إطار العمل ونقاط التحقق وبطاقة تقييم، يمكنك تطبيقها في جلسة عمل واحدة.',
    pagination: {
      label: 'صفحات جميع الرؤى',
      newer: 'الأحدث',
      older: 'الأقدم',
      current: (page, pages) => `الصفحة ${count(page)} من ${count(pages)}`,
    },
  },
  search: {
    description: (siteName) => `ابحث في جميع أدلة العمل على ${siteName}.`,
    noScript: { before: 'يتطلب البحث تفعيل JavaScript. ويمكنك من دونه تصفّح', link: 'جميع الرؤى', after: '.' },
  },
  tagsIndex: {
    description: (siteName) => `جميع الموضوعات على ${siteName}، مع عدد أدلة العمل التي تتناول كلًّا منها.`,
    articleCount: (articles) => counted(articles, articleForms),
  },
  tag: {
    title: (tag) => `الوسم «${tag}»`,
    description: (tag) => `أدلة عمل حول «${tag}»، الأحدث أولًا.`,
    allTags: 'جميع الوسوم',
    lede: (playbooks) => `${counted(playbooks, playbookForms)}، الأحدث أولًا.`,
  },
  seriesIndex: {
    description: (siteName) => `سلاسل أدلة العمل على ${siteName}.`,
    partCount: (parts) => counted(parts, partForms),
  },
  series: {
    title: (series) => `السلسلة: ${series}`,
    description: (series) => `سلسلة «${series}» بترتيب القراءة.`,
    allSeries: 'جميع السلاسل',
    lede: (playbooks) => `${counted(playbooks, playbookForms)} في سلسلة واحدة، بترتيب القراءة.`,
    book: {
      link: 'السلسلة كاملة في كتاب واحد',
      after: ': جميع الأجزاء في مستند واحد للطباعة أو الحفظ بصيغة PDF، مع غلاف وفهرس للمحتويات.',
    },
  },
  seriesBook: {
    title: (series) => `كتاب: ${series}`,
    description: (parts, series) => `أجزاء سلسلة «${series}» كلها، وعددها ${count(parts)}، في مستند واحد للطباعة: غلاف وفهرس للمحتويات وكل مقال كاملًا.`,
    seriesLink: 'السلسلة',
    lede: (playbooks) => `${counted(playbooks, playbookForms)}، بترتيب القراءة`,
    printNote: 'جميع أجزاء السلسلة في مستند واحد: اطبعه أو احفظه بصيغة PDF من متصفحك. يبدأ كل مقال في صفحة جديدة.',
    print: 'طباعة هذا الكتاب',
    contents: 'المحتويات',
    partOf: (part, parts) => `الجزء ${count(part)} من ${count(parts)}`,
  },
  scorecardPage: {
    title: (template) => `${template}: تقييم ذاتي`,
    description: (framework) => `قيّم ${framework} مجالًا تلو الآخر، في المتصفح أو على الورق.`,
  },
  checklistPage: {
    title: (article) => `قائمة التحقق: ${article}`,
    description: (framework) => `قائمة تحقق قابلة للطباعة في صفحة واحدة لإطار ${framework}: قائمة التحقق العملية وجميع نقاط التحقق.`,
  },
  languages: {
    pickerLabel: 'اللغة',
    untranslated: (language) => `لم يُترجم دليل العمل هذا إلى العربية بعد: وهو معروض بلغته الأصلية، ${language}.`,
  },
  carousel: {
    title: (article) => `عرض شرائح: ${article}`,
    description: (article, framework) =>
      `«${article}» في شكل شرائح لمنشور مستند على LinkedIn: الملخص، وكل خطوة من ${framework} مع نقاط التحقق الخاصة بها، وبطاقة التقييم، والدروس المستفادة.`,
    heading: 'عرض شرائح للنشر على LinkedIn',
    intro: (slides) =>
      `${counted(slides, slideForms)} بمقاس 1080×1350 بكسل. اطبع هذه الصفحة واختر «حفظ بصيغة PDF» (شريحة واحدة في كل صفحة)، ثم أضف الملف إلى منشور على LinkedIn كمستند.`,
    slides: {
      byline: (framework, author) => `${framework}، بقلم ${author}`,
      stepOf: (framework, step, steps) => `${framework} · ${count(step)} من ${count(steps)}`,
      scoreYourself: 'قيّم نفسك من 1 إلى 5 في كل مجال',
      takeaways: 'الدروس المستفادة',
      closing: 'والآن دورك',
      fullPlaybook: (shortUrl) => `دليل العمل كاملًا مع بطاقة التقييم وقائمة التحقق: ${shortUrl}`,
      lastReviewed: (day) => `آخر مراجعة في ${day}`,
      neverReviewed: (published) => `نُشر في ${published}، ولم تتم مراجعته منذ ذلك الحين`,
      continued: (heading) => `${heading} (تتمة)`,
    },
  },
  notFound: {
    title: 'الصفحة غير موجودة',
    description: 'هذه الصفحة غير موجودة.',
    lede: 'الصفحة التي طلبتها غير موجودة، أو ربما نُقلت.',
  },
};
