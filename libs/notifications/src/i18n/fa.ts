/** Persian messages (right to left). Keys are flat (dots are part of the key). */
export const fa: Record<string, string> = {
  'need.matched.title': 'نیازی متناسب با شما: {{needTitle}}',
  'need.matched.body':
    '«{{needTitle}}» با توانمندی «{{capabilityTitle}}» شما جور است (امتیاز تطابق {{score}}).',
  'bid.received.title': 'پیشنهاد تازه برای {{needTitle}}',
  'bid.received.body': 'یک تأمین‌کننده برای نیاز «{{needTitle}}» شما پیشنهاد مهروموم‌شده ثبت کرد.',
  'bid.withdrawn.title': 'پیشنهادی پس گرفته شد: {{needTitle}}',
  'bid.withdrawn.body': 'یک تأمین‌کننده پیشنهاد خود برای نیاز «{{needTitle}}» را پس گرفت.',
  'bid.shortlisted.title': 'پیشنهاد شما در فهرست کوتاه است: {{needTitle}}',
  'bid.shortlisted.body': 'خریدار پیشنهاد شما برای «{{needTitle}}» را در فهرست کوتاه گذاشت.',
  'bid.rejected.title': 'پیشنهاد شما پذیرفته نشد: {{needTitle}}',
  'bid.rejected.body': 'خریدار پیشنهاد شما برای «{{needTitle}}» را رد کرد.',
  'bid.awarded.title': 'پیشنهاد شما برنده شد: {{needTitle}}',
  'bid.awarded.body': 'خریدار «{{needTitle}}» را به پیشنهاد شما واگذار کرد.',
  'need.invitation.title': 'دعوت به ارائه پیشنهاد: {{needTitle}}',
  'need.invitation.body':
    '{{buyerName}} شما را به ارائه پیشنهاد برای «{{needTitle}}» دعوت کرده است.',
  'need.deadline.title': 'مهلت پیشنهاد به‌زودی تمام می‌شود: {{needTitle}}',
  'need.deadline.body':
    'مهلت ارسال پیشنهاد برای «{{needTitle}}» در {{deadline}} به پایان می‌رسد و شما هنوز پیشنهادی نداده‌اید.',
  'need.amended.title': 'شرایط تغییر کرد: {{needTitle}}؛ پیشنهادتان را دوباره تأیید کنید',
  'need.amended.body':
    'خریدار شرایط «{{needTitle}}» را اصلاح کرد ({{rationale}}). اگر پیشنهادتان را پیش از {{deadline}} دوباره تأیید نکنید، گشوده نمی‌شود.',
  'need.answered.title': 'به پرسشی پاسخ داده شد: {{needTitle}}',
  'need.answered.body':
    'خریدار به یک پرسش دربارهٔ «{{needTitle}}» پاسخ داد؛ پاسخ را در صفحهٔ نیاز بخوانید.',
  'need.closed.title': 'نیاز بسته شد: {{needTitle}}',
  'need.closed.body': 'خریدار نیاز «{{needTitle}}» را بست.',
  'need.closed.title_cancelled': 'نیاز لغو شد: {{needTitle}}',
  'need.closed.body_cancelled': 'خریدار نیاز «{{needTitle}}» را لغو کرد.',
  'exhibition.published.title': 'نمایشگاه منتشر شد: {{exhibitionTitle}}',
  'exhibition.published.body':
    '«{{exhibitionTitle}}» در {{city}} منتشر شد و از {{startsAt}} آغاز می‌شود.',
  'exhibition.invitation.title': 'دعوت به نمایشگاه: {{exhibitionTitle}}',
  'exhibition.invitation.body':
    '{{organiserName}} شما را دعوت کرده است تا نیازهای خود را تا {{submissionDeadline}} به «{{exhibitionTitle}}» در {{city}} بفرستید.',
  'submission.created.title': 'درخواست تازه: {{needTitle}}',
  'submission.created.body': '«{{needTitle}}» برای «{{exhibitionTitle}}» فرستاده شد.',
  'submission.resubmitted.title': 'درخواست به‌روز شد: {{needTitle}}',
  'submission.resubmitted.body':
    '«{{needTitle}}» اصلاح شد و دوباره برای «{{exhibitionTitle}}» فرستاده شد.',
  'submission.approved.title': 'نیاز شما در نمایشگاه است: {{needTitle}}',
  'submission.approved.body': '«{{needTitle}}» برای «{{exhibitionTitle}}» پذیرفته شد.',
  'submission.rejected.title': 'درخواست پذیرفته نشد: {{needTitle}}',
  'submission.rejected.body': '«{{needTitle}}» برای «{{exhibitionTitle}}» پذیرفته نشد.',
  'submission.changes_requested.title': 'درخواست اصلاح: {{needTitle}}',
  'submission.changes_requested.body':
    'برگزارکننده «{{exhibitionTitle}}» اصلاح «{{needTitle}}» را خواسته است.',
  'meeting.requested.title': 'درخواست ملاقات از {{otherName}}',
  'meeting.requested.body': '{{otherName}} می‌خواهد در «{{exhibitionTitle}}» با شما ملاقات کند.',
  'meeting.accepted.title': '{{otherName}} درخواست ملاقات شما را پذیرفت',
  'meeting.accepted.body': 'ملاقات شما با {{otherName}} در «{{exhibitionTitle}}» قطعی شد.',
  'meeting.declined.title': '{{otherName}} درخواست ملاقات شما را نپذیرفت',
  'meeting.declined.body': '{{otherName}} در «{{exhibitionTitle}}» ملاقات نمی‌کند.',
  'meetings.published.title': 'برنامهٔ ملاقات‌ها منتشر شد: {{exhibitionTitle}}',
  'meetings.published.body':
    'برنامهٔ ملاقات‌های شما در «{{exhibitionTitle}}» آماده است: زمان‌ها و میزها.',
  'meeting.changed.title': 'تغییر زمان ملاقات: {{otherName}}',
  'meeting.changed.body': 'ملاقات شما با {{otherName}} اکنون در {{slot}}، {{tableName}} است.',
  'meeting.reminder.title': 'ملاقات در {{slot}}: {{otherName}}',
  'meeting.reminder.body': 'حداکثر {{minutes}} دقیقهٔ دیگر: {{otherName}}، {{tableName}}.',
  'webhook.disabled.title': 'وب‌هوک غیرفعال شد',
  'webhook.disabled.body':
    'پس از {{failures}} ارسال ناموفق پیاپی، وب‌هوک {{url}} غیرفعال شد. گیرنده را درست کنید و دوباره فعالش کنید.',
  'need.asked.title': 'پرسش تازه: {{needTitle}}',
  'need.asked.body':
    'یک تأمین‌کننده دربارهٔ «{{needTitle}}» پرسشی پرسید. آشکارا پاسخ دهید: همهٔ پیشنهاددهندگان آن را می‌خوانند.',
  'need.opened.title': 'پیشنهادها گشوده شد: {{needTitle}}',
  'need.opened.body':
    'مهلت پیشنهاد «{{needTitle}}» گذشت و پیشنهادها گشوده شد. شمار پیشنهادهای گشوده: {{opened}}.',
  'bid.opened.title': 'گشایش انجام شد: {{needTitle}}',
  'bid.opened.body': 'پیشنهادهای «{{needTitle}}» گشوده شد. شمار پیشنهادهای رقیب: {{opened}}.',
  'bid.opened.body_lapsed':
    'پیشنهادهای «{{needTitle}}» گشوده شد. شمار پیشنهادهای رقیب: {{opened}}. پیشنهاد شما گشوده نشد: پس از آخرین اصلاحیه دوباره تأیید نشده بود.',
  'organization.unverified.title': 'نشان تأیید برداشته شد: {{organizationName}}',
  'organization.unverified.body':
    '«{{organizationName}}» دیگر تأییدشده نمایش داده نمی‌شود، چون {{fields}} آن تغییر کرد. یک مدیر آن را بررسی و دوباره تأیید می‌کند.',
  'field.name': 'نام',
  'field.kinds': 'نوع فعالیت',
  'field.knowledgeBasedCertificate': 'شمارهٔ گواهی دانش‌بنیان',
  'common.reason': 'دلیل: {{reason}}',
  'reasonCode.another-bid-awarded': 'پیشنهاد دیگری برنده شد.',
  'common.why': 'چرا مناسب شماست:',
  'common.open': 'مشاهده در نیاز',
  'email.unsubscribe': 'لغو دریافت این ایمیل‌ها',
  'email.footer': 'این پیام را دریافت می‌کنید چون در نیاز حساب کاربری دارید.',
  'digest.title': 'خلاصه روزانه نیاز ({{count}} اعلان)',
  'messenger.linked':
    'این گفتگو به حساب شما در نیاز متصل شد. اعلان‌های شما از این پس اینجا می‌آید.',
  'messenger.invalid': 'این کد معتبر نیست یا منقضی شده است. در نیاز کد تازه‌ای بسازید.',
  'messenger.unlinked': 'این گفتگو دیگر اعلان‌های نیاز را دریافت نمی‌کند.',
  'unsubscribe.confirm':
    'دریافت همهٔ ایمیل‌های نیاز برای این حساب متوقف شود؟ اعلان‌های درون برنامه همچنان می‌رسند و می‌توانید ایمیل را دوباره در تنظیمات اعلان‌ها روشن کنید.',
  'unsubscribe.button': 'توقف ایمیل‌ها',
  'unsubscribe.done':
    'دیگر ایمیلی از نیاز دریافت نمی‌کنید. می‌توانید در تنظیمات اعلان‌ها دوباره آن را روشن کنید.',
};
