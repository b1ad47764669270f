import type { CommonClientText } from '../common-client-text.ts';

const pluralRules = new Intl.PluralRules('ar');

// One and two are said by the noun alone (the dual); 3-10 take the plural, 11 and on the singular.
const resultForms = { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة', other: 'نتيجة' };

/** "لا توجد نتائج", "نتيجة واحدة", "نتيجتان", "3 نتائج", "11 نتيجة". */
function results(count: number): string {
  const form = pluralRules.select(count);
  if (form === 'zero') return 'لا توجد نتائج';
  return form === 'one' || form === 'two' ? resultForms[form] : `${count} ${resultForms[form]}`;
}

export const commonClient: CommonClientText = {
  checklist: {
    progress: (done, total) => `تم إنجاز ${done} من ${total}`,
    noStorage: 'لا يسمح هذا المتصفح بالحفظ، لذا تبقى علامات الاختيار حتى تغادر الصفحة فقط.',
    unreadable: 'تعذّرت قراءة علامات الاختيار المحفوظة لقائمة التحقق هذه؛ ويبدأ حفظها من جديد عند تحديد أي خانة.',
    storageFull: 'رفض هذا المتصفح حفظ آخر علامة اختيار (مساحة التخزين فيه ممتلئة).',
    confirmClear: 'هل تريد مسح جميع علامات الاختيار في قائمة التحقق هذه، هنا وفي صفحتها الأخرى؟',
    cleared: 'تم مسح جميع علامات الاختيار.',
  },

  codeCopy: {
    button: 'نسخ',
    copyCode: 'نسخ الشيفرة',
    copyCodeIn: (language) => `نسخ شيفرة ${language}`,
    copied: 'تم النسخ',
    selected: 'تم تحديد الشيفرة: اضغط Ctrl+C (أو ⌘C على Mac) لنسخها.',
  },

  share: {
    copied: 'تم النسخ: أصبح النص التشويقي ورابط المقال في الحافظة.',
    selected: 'تم تحديد النص التشويقي: اضغط Ctrl+C (أو ⌘C على Mac) لنسخه.',
  },

  search: {
    label: 'البحث في أدلة العمل',
    filters: { tag: 'الوسم', framework: 'إطار العمل', language: 'اللغة' },
    inSection: 'في قسم ',
    unavailable: { before: 'البحث غير متاح: لا يتضمن هذا الموقع فهرسًا للبحث. تصفّح ', allInsights: 'جميع الرؤى', after: '.' },
    results: (count, query, filtered) => `${results(count)}${query ? ` للبحث عن «${query}»` : ''}${filtered ? ' باستخدام عوامل التصفية المختارة' : ''}`,
  },
};
