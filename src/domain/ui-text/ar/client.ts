import type { UiText } from '../index.ts';
import { commonClient } from './client-common.ts';
import { oneDecimal } from '../../numbers.ts';

type Forms = { one: string; two: string; few: string; many: string; other: string };

const pluralRules = new Intl.PluralRules('ar');

/**
 * A count and its noun as Arabic says them: one and two by the noun alone ("شخص واحد", "شخصان"),
 * 3-10 with the plural ("3 أشخاص"), 11-99 with the singular in the accusative ("11 شخصًا"), a
 * hundred and on (and zero) with the singular ("100 شخص").
 */
function counted(count: number, noun: Forms): string {
  const rule = pluralRules.select(count);
  const form = rule === 'zero' ? 'other' : rule;
  return form === 'one' || form === 'two' ? noun[form] : `${count} ${noun[form]}`;
}

const persons: Forms = { one: 'شخص واحد', two: 'شخصان', few: 'أشخاص', many: 'شخصًا', other: 'شخص' };
const people = (count: number) => counted(count, persons);
const scorePoints = (count: number) => counted(count, { one: 'نقطة واحدة', two: 'نقطتان', few: 'نقاط', many: 'نقطة', other: 'نقطة' });
const askForLinkAgain = 'اطلب الرابط مرة أخرى.';
const notScored = 'غير مُقيَّم';

export const client: UiText['client'] = {
  notScored,

  scorecardColumns: { area: 'مجال القدرة', score: 'الدرجة الحالية (1-5)', evidence: 'الشواهد الحالية', nextMove: 'خطوة التحسين التالية' },

  // Reasons are noun phrases after a colon, so they read the same for a file, a link or the stored entry.
  scorecardRead: {
    notJson: 'محتوى JSON غير صالح',
    notAnExport: (problem) => `محتوى ليس تصديرًا لبطاقة تقييم من Setlist (${problem})`,
    unknownShape: 'بنية غير معروفة',
    otherScorecard: (id, expectedId) => `محتوى يخص بطاقة التقييم «${id}» وليس «${expectedId}»`,
    otherVersion: (version, expectedVersion) => `محتوى أُنشئ بالإصدار ${version} من بطاقة التقييم هذه، بينما تستخدم هذه الصفحة الإصدار ${expectedVersion}`,
    unknownAreas: (ids) => `محتوى يتضمن مجالات لا تحتويها بطاقة التقييم هذه: ${ids.join('، ')}`,
    notImported: (reason) => `لم يُستورد الملف: ${reason}.`,
    storedDamaged: 'بطاقة التقييم المحفوظة في هذا المتصفح تالفة ولا يمكن قراءتها.',
    storedUnusable: (reason) => `لا يمكن استخدام بطاقة التقييم المحفوظة في هذا المتصفح: ${reason}.`,
  },

  charts: {
    scores: (bars) => `الدرجات من 5: ${bars.map((bar) => `${bar.label} ${bar.score === null ? notScored : bar.score}`).join('؛ ')}.`,
    team: (areas) =>
      `متوسط الفريق من 5، مع أدنى درجة وأعلاها: ${areas
        .map((area) => (area.mean === null ? `${area.title} ${notScored}` : `${area.title} ${oneDecimal(area.mean, 'ar')} (من ${area.min} إلى ${area.max})`))
        .join('؛ ')}.`,
  },

  ...commonClient,

  scorecard: {
    notScoredYet: 'لا تقييم بعد',
    outOfFive: (average) => `${average} من 5`,
    noFirstMove: 'قيّم المجالات لمعرفة أضعفها',
    restored: 'تمت استعادة إدخالاتك المحفوظة.',
    noStorage: 'لا يسمح هذا المتصفح بالحفظ، لذا ستفقد إدخالاتك عند مغادرة الصفحة. صدّر بطاقة التقييم للاحتفاظ بها.',
    storageFull: 'رفض هذا المتصفح حفظ آخر تغيير (مساحة التخزين ممتلئة). صدّر بطاقة التقييم للاحتفاظ بها.',
    corrupt: (message, startFresh) => `${message} اختر «${startFresh}» لمسحها والبدء مجددًا.`,
    olderVersion: 'لا يمكن تحميل الإدخالات المحفوظة لإصدار سابق من بطاقة التقييم هذه في هذا الإصدار، لذا ستبدأ من جديد.',
    confirmStartFresh: 'هل تريد مسح جميع الدرجات والملاحظات في هذه الصفحة؟',
    startedFresh: 'بدأت من جديد: تم مسح جميع الإدخالات.',
    tooLarge: (fileName) => `لم يُستورد الملف: حجم ${fileName} يتجاوز 1 ميغابايت، لذا فهو ليس ملف تصدير لبطاقة تقييم.`,
    unreadableFile: (fileName) => `لم يُستورد الملف: تعذّرت قراءة ${fileName}.`,
    imported: (fileName) => `تم استيراد ${fileName}.`,
    confirmLoadShared: 'هل تريد استبدال درجاتك وملاحظاتك في هذه الصفحة بالنتيجة المشتركة؟',
    loadedShared: 'أصبحت النتيجة المشتركة إدخالك الخاص في هذا المتصفح.',
  },

  resultLink: {
    scoreFirst: 'قيّم مجالًا واحدًا على الأقل أولًا: فالرابط يحمل درجاتك المحفوظة.',
    copied: (withNotes) =>
      `تم نسخ رابط النتيجة${withNotes ? ' مع شواهدك وخطواتك التالية' : ' (الدرجات فقط)'}. النتيجة محفوظة في الرابط نفسه، ولا يُرسَل أي شيء إلى أي جهة.`,
    notCopied: 'لم يتمكن هذا المتصفح من نسخ الرابط؛ وقد حُدِّد أدناه لتنسخه بنفسك.',
    shared: 'نتيجة تمت مشاركتها معك، للقراءة فقط. لن يُحفظ شيء حتى تختار ذلك.',
    refused: (reason) => `${reason} لم يتغير شيء في هذا المتصفح.`,
    badCharacters: `رابط النتيجة هذا غير مكتمل أو يحتوي على أحرف لا ترد أبدًا في روابط Setlist؛ ${askForLinkAgain}`,
    changed: `رابط النتيجة هذا غير مكتمل أو عُدِّل بعد إنشائه؛ ${askForLinkAgain}`,
    unreadable: `تتعذّر قراءة رابط النتيجة هذا؛ ${askForLinkAgain}`,
    otherFormat: (format) => `أُنشئ رابط النتيجة هذا بإصدار آخر من Setlist (تنسيق الرابط ${format})؛ ${askForLinkAgain}`,
    otherScorecard: (id, version, expectedId, expectedVersion) =>
      `رابط النتيجة هذا يخص بطاقة التقييم «${id}» بالإصدار ${version}، وليس «${expectedId}» بالإصدار ${expectedVersion}: افتحه في صفحة بطاقة التقييم تلك.`,
    scoresDoNotFit: (areas) => `درجات رابط النتيجة هذا لا تتوافق مع مجالات بطاقة التقييم هذه، وعددها ${areas} (لكلٍّ منها درجة من 1 إلى 5)؛ ${askForLinkAgain}`,
    unusable: (reason) => `لا يمكن استخدام رابط النتيجة هذا: ${reason}.`,
  },

  teamView: {
    person: (number) => `الشخص ${number}`,
    me: 'أنا',
    nameOf: (number) => `اسم الشخص ${number}`,
    remove: 'إزالة',
    removeName: (name) => `إزالة ${name}`,
    removed: (name) => `تمت إزالة ${name} من عرض الفريق.`,
    columns: { area: 'المجال', mean: 'المتوسط', spread: 'التفاوت', discuss: 'للنقاش' },
    discuss: (pointsApart) => `نعم: الفارق ${scorePoints(pointsApart)}`,
    noDiscussion: 'لا',
    allAgree: (score) => `${score} (إجماع)`,
    spread: (min, max, points) => `${min}-${max} (${scorePoints(points)})`,
    noStorage: 'لا يسمح هذا المتصفح بالحفظ، لذا يبقى عرض الفريق حتى تغادر الصفحة فقط.',
    storageFull: 'رفض هذا المتصفح حفظ الفريق (مساحة التخزين فيه ممتلئة)؛ ويبقى الفريق حتى تغادر الصفحة فقط.',
    unreadable: 'تعذّرت قراءة الفريق المحفوظ في هذا المتصفح؛ وستبدأ إضافة النتائج فريقًا جديدًا.',
    unreadableFile: (fileName) => `تعذّرت قراءة ${fileName}.`,
    tooLarge: (fileName) => `لم تتم إضافة ${fileName}: حجمه يتجاوز 1 ميغابايت، لذا فهو ليس ملف تصدير لبطاقة تقييم.`,
    added: (count) =>
      count === 0 ? 'لم تُضف أي نتيجة.' : `أُضيفت ${counted(count, { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة', other: 'نتيجة' })}.`,
    sharedAdded: (name) => `أُضيفت النتيجة المشتركة إلى عرض الفريق باسم ${name}؛ ويمكنك تغيير الاسم أدناه.`,
    linkAdded: (name) => `أُضيف رابط النتيجة باسم ${name}؛ ويمكنك تغيير الاسم أدناه.`,
    linkRefused: (reason) => `${reason} لم يُضف أي شيء.`,
    scoreFirst: 'قيّم مجالًا واحدًا على الأقل في الأعلى أولًا؛ ثم تُضاف درجاتك كما تُضاف درجات أي شخص آخر.',
    mineAdded: 'تمت إضافة درجاتك.',
    confirmClear: 'هل تريد إزالة الجميع من عرض الفريق؟',
    cleared: 'عرض الفريق فارغ.',
  },

  facilitation: {
    position: (current, total) => `المجال ${current} من ${total}`,
    noScores: 'لا توجد درجات بعد: أضف نتائج الفريق إلى عرض الفريق لكشفها هنا.',
    hidden: (scorers) => `قيّم هذا المجال ${people(scorers)}. تبقى الدرجات مخفية حتى تكشفها (R).`,
    summary: (mean, spread, pointsApart) =>
      `المتوسط ${mean}، التفاوت ${spread}${pointsApart === null ? '' : `: الفارق ${scorePoints(pointsApart)}، ويلزم النقاش`}`,
  },

  snapshots: {
    fileName: (templateId) => `${templateId}-history.json`,
    between: (previous, latest) => `من ${previous} إلى ${latest}:`,
    onlyOne: (snapshot) => `لا توجد حتى الآن سوى لقطة واحدة (${snapshot}): احفظ لقطة أخرى في المرة القادمة لترى ما تغيّر.`,
    // After "من" the dual is in the genitive: "فريق من شخصين".
    teamOf: (members) => `فريق من ${counted(members, { ...persons, two: 'شخصين' })}`,
    onePerson: 'شخص واحد',
    change: {
      up: (by, before, after) => `ارتفاع بمقدار ${by} (من ${before} إلى ${after})`,
      down: (by, before, after) => `انخفاض بمقدار ${by} (من ${before} إلى ${after})`,
      same: (score) => `دون تغيير (${score})`,
      new: (score) => `جديد (${score})`,
    },
    trend: (points) => `معدل الدرجات من 5، الأقدم أولًا: ${points.join('؛ ')}.`,
    noTrend: 'لا توجد بعد لقطة تتضمن درجة.',
    savedMine: 'تم حفظ لقطة لدرجاتك.',
    savedTeam: (members) => `تم حفظ لقطة لمتوسطات الفريق (${people(members)}).`,
    imported: (count, fileName) =>
      count === 0
        ? `لم تُستورد أي لقطة من ${fileName}.`
        : `تم استيراد ${counted(count, { one: 'لقطة واحدة', two: 'لقطتين', few: 'لقطات', many: 'لقطة', other: 'لقطة' })} من ${fileName}.`,
    notKept: (done) => `${done} لكن هذا المتصفح رفض الاحتفاظ بها (مساحة التخزين فيه ممتلئة): صدّر السجل للاحتفاظ به.`,
    noStorage: (done) => `${done} لا يسمح هذا المتصفح بالحفظ، لذا صدّر السجل قبل مغادرة الصفحة.`,
    scoreFirst: 'قيّم مجالًا واحدًا على الأقل في الأعلى أولًا.',
    teamFirst: 'أضف نتائج إلى عرض الفريق أولًا.',
    confirmNewHistory: 'تتعذّر قراءة السجل المحفوظ في هذا المتصفح. هل تريد بدء سجل جديد؟',
    confirmClear: 'هل تريد حذف جميع لقطات بطاقة التقييم هذه من هذا المتصفح؟',
    cleared: 'تم مسح السجل.',
    unreadable: 'تتعذّر قراءة السجل المحفوظ في هذا المتصفح؛ وعند حفظ لقطة جديدة ستُسأل قبل بدء سجل جديد.',
    tooLarge: (fileName) => `لم يُستورد ${fileName}: حجمه يتجاوز 1 ميغابايت، لذا فهو ليس ملف تصدير لسجل.`,
    unreadableFile: (fileName) => `لم يُستورد ${fileName}: تعذّرت قراءته.`,
    refused: (fileName, reason) => `لم يُستورد ${fileName}: ${reason}.`,
    notHistory: (problem) => `محتوى ليس سجلًا لبطاقة تقييم من Setlist (${problem})`,
    otherScorecard: (id, version, expectedId, expectedVersion) => `سجل «${id}» بالإصدار ${version}، وليس «${expectedId}» بالإصدار ${expectedVersion}`,
    unknownArea: (id) => `محتوى يتضمن مجالًا لا تحتويه بطاقة التقييم هذه: ${id}`,
  },
};
