import type { UiText } from '../index.ts';

import { client } from './client.ts';

const { scorecardColumns } = client;

export const tools: UiText['tools'] = {
  worksheet: {
    scoreFor: (area: string) => `${scorecardColumns.score} لمجال ${area}`,
  },

  scorecard: {
    instructions:
      'قيّم كل مجال من مجالات القدرة من 1 إلى 5، ودوّن الشواهد المتوفرة لديك اليوم وخطوتك التالية. تبقى إدخالاتك في هذا المتصفح فقط. وإن لم يكن JavaScript متاحًا، فاطبع هذه الصفحة واملأها يدويًا.',
    keepCopy: 'الاحتفاظ بنسخة',
    print: 'طباعة',
    exportMarkdown: 'تصدير Markdown',
    exportCsv: 'تصدير CSV',
    exportJson: 'تصدير JSON',
    bringInOrReset: 'استيراد أو إعادة تعيين',
    importJson: 'استيراد JSON…',
    fileToImport: 'ملف JSON المراد استيراده',
    startFresh: 'البدء من جديد',
  },

  resultLink: {
    copy: 'نسخ رابط النتيجة',
    withNotes: 'مع شواهدي وخطواتي التالية',
    yourLink: 'رابط نتيجتك',
    sharedHeading: 'نتيجة مشتركة',
    addToTeam: 'إضافة إلى عرض الفريق',
    loadAsMine: 'تحميلها كنتيجتي',
  },

  results: {
    heading: 'درجاتك',
    average: 'المعدل',
    maturityLevel: 'مستوى النضج',
    firstMove: 'الخطوة الأولى',
  },

  scoreLevels: {
    summary: 'معنى كل درجة',
  },

  defaultScale: [
    { score: 1, label: 'غائب', descriptor: 'لا أحد يتولى مسؤوليته؛ وينجح بالحظ أو بالجهود الفردية الاستثنائية.' },
    { score: 2, label: 'ارتجالي', descriptor: 'يقوم به بعض الأشخاص في بعض الأحيان؛ والقليل منه موثّق.' },
    { score: 3, label: 'مُعرَّف', descriptor: 'موثّق وله مسؤول محدد، ويُتَّبع في أغلب الأحيان.' },
    { score: 4, label: 'مُقاس', descriptor: 'يُراجَع مؤشر له كل أسبوع، وتُعالَج الفجوات.' },
    { score: 5, label: 'في تحسّن مستمر', descriptor: 'يُتدرَّب عليه ويُقاس ويُحسَّن في كل دورة؛ وتعيد فرق أخرى استخدامه.' },
  ],

  teamView: {
    heading: 'عرض الفريق',
    intro: (pointsApart: number) =>
      `أضف نتائج جميع الأعضاء لترى درجات كل مجال جنبًا إلى جنب، مع المتوسط والتفاوت. تظهر أولًا المجالات التي يبلغ فيها الفارق بين الدرجات ${pointsApart} أو أكثر: فهذا الاختلاف هو ما ينبغي مناقشته. تبقى النتائج في هذا المتصفح.`,
    addFiles: 'إضافة نتائج (ملفات JSON مُصدَّرة)…',
    filesToAdd: 'ملفات بطاقة التقييم المُصدَّرة المراد إضافتها إلى عرض الفريق',
    addMine: 'إضافة درجاتي',
    clear: 'مسح الفريق',
    facilitate: 'تيسير الجلسة على شاشة مشتركة',
    pasteLink: 'أو الصق رابط نتيجة أحد الأعضاء',
    addLink: 'إضافة الرابط',
    people: 'الأشخاص',
    tableCaption: 'الدرجات حسب المجال، بترتيب مناقشتها',
  },

  facilitation: {
    levels: 'المستويات',
    scores: 'الدرجات',
    previous: 'السابق',
    reveal: 'كشف الدرجات',
    next: 'التالي',
    exit: 'العودة إلى الصفحة',
  },

  history: {
    heading: 'الدرجات بمرور الوقت',
    intro: 'احفظ لقطة مؤرّخة في كل مرة تُجري فيها التقييم (شهريًا مثلًا)، لدرجاتك أو لمتوسطات الفريق، لترى ما تغيّر منذ اللقطة السابقة.',
    saveMine: 'حفظ درجاتي كلقطة',
    saveTeam: 'حفظ متوسطات الفريق كلقطة',
    export: 'تصدير السجل',
    import: 'استيراد سجل…',
    fileToImport: 'ملف السجل المراد استيراده',
    clear: 'مسح السجل',
    changeHeading: 'التغيّر منذ اللقطة السابقة',
    trendHeading: 'المعدل بمرور الوقت',
    tableCaption: 'اللقطات، الأحدث أولًا',
    saved: 'تاريخ الحفظ',
  },

  checklist: {
    eyebrow: (brand: string) => `قائمة تحقق قابلة للطباعة · ${brand}`,
    printHint: 'صفحة واحدة بمقاس A4 أو US Letter. تُملأ خانات المسؤولين والتواريخ بالقلم.',
    backToArticle: 'العودة إلى المقال',
    practicalChecklist: 'قائمة تحقق عملية',
    done: 'منجز',
    item: 'البند',
    owner: 'المسؤول',
    date: 'التاريخ',
    reviewDate: 'تاريخ المراجعة',
    operatorChecks: (framework: string) => `نقاط التحقق: ${framework}`,
    notes: 'ملاحظات',
  },

  tickableChecklist: {
    clearTicks: 'مسح علامات الاختيار',
    printTicked: 'الطباعة مع علاماتي',
    printBlank: 'طباعة نسخة فارغة',
  },
};
