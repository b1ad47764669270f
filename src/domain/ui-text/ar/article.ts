import type { Interval } from '../../review.ts';
import type { UiText } from '../index.ts';
import { wholeNumber } from '../../numbers.ts';

const count = (value: number): string => wholeNumber(value, 'ar');

const pluralRules = new Intl.PluralRules('ar');

// Once and twice are said by the noun alone ("كل شهر", "كل شهرين"); 3-10 take the plural ("كل 3
// أشهر"), 11-99 the singular in the accusative ("كل 90 يومًا"), a hundred and on the singular.
const units: Record<Interval['unit'], { one: string; two: string; few: string; many: string; other: string }> = {
  day: { one: 'كل يوم', two: 'كل يومين', few: 'أيام', many: 'يومًا', other: 'يوم' },
  week: { one: 'كل أسبوع', two: 'كل أسبوعين', few: 'أسابيع', many: 'أسبوعًا', other: 'أسبوع' },
  month: { one: 'كل شهر', two: 'كل شهرين', few: 'أشهر', many: 'شهرًا', other: 'شهر' },
  year: { one: 'كل سنة', two: 'كل سنتين', few: 'سنوات', many: 'سنة', other: 'سنة' },
};

/** "كل شهر", "كل شهرين", "كل 3 أشهر", "كل 90 يومًا". */
const every = ({ count: times, unit }: Interval): string => {
  const rule = pluralRules.select(times);
  const form = rule === 'zero' ? 'other' : rule;
  return form === 'one' || form === 'two' ? units[unit][form] : `كل ${count(times)} ${units[unit][form]}`;
};

export const article: UiText['article'] = {
  meta: {
    published: 'نُشر في',
    updated: 'حُدِّث في',
    seriesPlace: (part, parts) => `الجزء ${count(part)} من ${count(parts)} في سلسلة`,
    seriesBook: 'جميع الأجزاء في كتاب واحد قابل للطباعة',
  },
  actions: {
    printChecklist: 'طباعة قائمة التحقق',
    scorecard: 'بطاقة التقييم الذاتي',
    printArticle: 'طباعة هذا المقال',
  },
  contents: {
    label: 'في هذه الصفحة',
    backToTop: 'العودة إلى الأعلى',
  },
  nav: {
    label: 'مزيد من الرؤى',
    previous: 'السابق:',
    next: 'التالي:',
  },
  author: {
    label: 'عن الكاتب',
    profile: (author) => `الملف الشخصي: ${author}`,
  },
  related: {
    heading: 'أدلة عمل ذات صلة',
  },
  upkeep: {
    ownedBy: (owner) => `المسؤول: ${owner}`,
    reviewed: 'رُوجع في',
    nextReviewBy: 'المراجعة التالية في موعد أقصاه',
    reviewWasDueBy: 'كان موعد المراجعة في',
    lastChanged: 'آخر تعديل في',
    dueSoon: '(موعدها قريب)',
    edit: 'تعديل دليل العمل هذا',
  },
  reviewNotice: {
    label: 'المراجعة متأخرة',
    heading: 'تجاوز دليل العمل هذا موعد مراجعته.',
    dueBy: 'كان موعد مراجعته في',
    afterDue: (interval) => `(${every(interval)})؛ تحقّق من توافقه مع الممارسات الحالية قبل الاعتماد عليه.`,
    owner: (owner) => `المسؤول: ${owner}.`,
    compactHeading: 'تجاوز موعد المراجعة:',
    compactDueBy: 'كان الموعد',
    compactAdvice: 'تحقّق من توافقه مع الممارسات الحالية قبل الاعتماد عليه.',
  },
  drill: {
    overdue: 'التمرين متأخر',
    lastExercised: 'آخر تمرين في',
    lastExercisedLapsed: 'آخر تمرين في',
    never: 'لم تُختبر في أي تمرين حتى الآن',
  },
  parts: {
    tldr: 'الملخص',
    framework: (framework) => `إطار العمل الأساسي: ${framework}`,
    scorecard: 'بطاقة تقييم قابلة لإعادة الاستخدام',
    checklist: 'قائمة تحقق عملية',
    objections: 'الاعتراضات الشائعة والردود عليها',
    cadence: 'وتيرة التشغيل والمقاييس',
    failureSignals: 'مؤشرات الإخفاق الواجب رصدها',
    leadershipQuestions: 'أسئلة القيادة للمراجعة الشهرية',
    ninetyDays: 'ملامح النجاح بعد 90 يومًا',
    takeaways: 'أهم الدروس المستفادة',
    teaser: 'نص تشويقي للنشر على LinkedIn',
    closingCta: 'دعوة ختامية إلى العمل',
  },
  framework: {
    step: (step, title) => `الخطوة ${count(step)}: ${title}`,
    operatorChecks: 'نقاط التحقق:',
  },
  checklist: {
    afterPrintLink: ': هذه القائمة وجميع نقاط التحقق في صفحة واحدة، مع خانات للمسؤولين والتواريخ.',
  },
  scorecard: {
    scoreYourTeam: 'قيّم فريقك: تقييم ذاتي تفاعلي قابل للطباعة',
  },
  objections: {
    objection: 'الاعتراض:',
    rebuttal: 'الرد:',
    quoted: (objection) => `«${objection}»`,
  },
  cadence: {
    label: 'وتيرة التشغيل',
    columns: { interval: 'الوتيرة', ritual: 'الممارسة الدورية', metric: 'المقياس الواجب متابعته' },
  },
  teaser: {
    fullArticle: 'المقال كاملًا:',
    copy: 'نسخ النص التشويقي',
    shareOnLinkedIn: 'المشاركة على LinkedIn',
    afterCarouselLink: ': دليل العمل هذا في شكل شرائح. احفظه بصيغة PDF، ثم أضفه إلى منشور على LinkedIn كمستند.',
    preview: 'معاينة المنشور كما يعرضه LinkedIn',
    seeMore: '…عرض المزيد',
  },
  body: {
    callouts: { note: 'ملاحظة', tip: 'تلميح', caution: 'تنبيه', danger: 'خطر' },
    taskDone: 'منجز:',
    taskToDo: 'غير منجز:',
    code: 'شيفرة برمجية',
    codeIn: (language) => `شيفرة ${language}`,
  },
};
