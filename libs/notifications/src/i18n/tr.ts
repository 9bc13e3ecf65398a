/** Turkish messages. Keys are flat (dots are part of the key). */
export const tr: Record<string, string> = {
  'need.matched.title': 'Size uygun bir ihtiyaç: {{needTitle}}',
  'need.matched.body':
    '“{{needTitle}}”, “{{capabilityTitle}}” yetkinliğinize uyuyor (eşleşme puanı {{score}}).',
  'bid.received.title': '{{needTitle}} için yeni teklif',
  'bid.received.body': 'Bir tedarikçi “{{needTitle}}” ihtiyacınıza kapalı zarf teklif verdi.',
  'bid.withdrawn.title': 'Bir teklif geri çekildi: {{needTitle}}',
  'bid.withdrawn.body': 'Bir tedarikçi “{{needTitle}}” ihtiyacınıza verdiği teklifi geri çekti.',
  'bid.shortlisted.title': 'Teklifiniz kısa listede: {{needTitle}}',
  'bid.shortlisted.body': 'Alıcı “{{needTitle}}” için teklifinizi kısa listeye aldı.',
  'bid.rejected.title': 'Teklifiniz kabul edilmedi: {{needTitle}}',
  'bid.rejected.body': 'Alıcı “{{needTitle}}” için teklifinizi reddetti.',
  'bid.awarded.title': 'Teklifiniz kazandı: {{needTitle}}',
  'bid.awarded.body': 'Alıcı “{{needTitle}}” işini teklifinize verdi.',
  'need.invitation.title': 'Teklif daveti: {{needTitle}}',
  'need.invitation.body': '{{buyerName}} sizi “{{needTitle}}” için teklif vermeye davet ediyor.',
  'need.deadline.title': 'Teklif süresi yakında doluyor: {{needTitle}}',
  'need.deadline.body':
    '“{{needTitle}}” için teklifler {{deadline}} tarihinde kapanıyor. Henüz teklif vermediniz.',
  'need.amended.title': 'Şartlar değişti: {{needTitle}} — teklifinizi yeniden onaylayın',
  'need.amended.body':
    'Alıcı “{{needTitle}}” şartlarını değiştirdi ({{rationale}}). Teklifinizi {{deadline}} öncesinde yeniden onaylamazsanız açılmaz.',
  'need.answered.title': 'Bir soru yanıtlandı: {{needTitle}}',
  'need.answered.body':
    'Alıcı “{{needTitle}}” hakkındaki bir soruyu yanıtladı; yanıtı ihtiyaç sayfasında okuyun.',
  'need.closed.title': 'İhtiyaç kapatıldı: {{needTitle}}',
  'need.closed.body': 'Alıcı “{{needTitle}}” ihtiyacını kapattı.',
  'need.closed.title_cancelled': 'İhtiyaç iptal edildi: {{needTitle}}',
  'need.closed.body_cancelled': 'Alıcı “{{needTitle}}” ihtiyacını iptal etti.',
  'exhibition.published.title': 'Sergi yayımlandı: {{exhibitionTitle}}',
  'exhibition.published.body':
    '{{city}} şehrindeki “{{exhibitionTitle}}” yayımlandı; {{startsAt}} tarihinde açılıyor.',
  'exhibition.invitation.title': 'Sergi daveti: {{exhibitionTitle}}',
  'exhibition.invitation.body':
    '{{organiserName}} sizi ihtiyaçlarınızı {{submissionDeadline}} tarihine kadar {{city}} şehrindeki “{{exhibitionTitle}}” sergisine göndermeye davet ediyor.',
  'submission.created.title': 'Yeni başvuru: {{needTitle}}',
  'submission.created.body': '“{{needTitle}}”, “{{exhibitionTitle}}” sergisine gönderildi.',
  'submission.resubmitted.title': 'Başvuru güncellendi: {{needTitle}}',
  'submission.resubmitted.body':
    '“{{needTitle}}” değiştirilip “{{exhibitionTitle}}” sergisine yeniden gönderildi.',
  'submission.approved.title': 'İhtiyacınız sergide: {{needTitle}}',
  'submission.approved.body': '“{{needTitle}}”, “{{exhibitionTitle}}” için onaylandı.',
  'submission.rejected.title': 'Başvuru kabul edilmedi: {{needTitle}}',
  'submission.rejected.body': '“{{needTitle}}”, “{{exhibitionTitle}}” için kabul edilmedi.',
  'submission.changes_requested.title': 'Değişiklik istendi: {{needTitle}}',
  'submission.changes_requested.body':
    '“{{exhibitionTitle}}” düzenleyicisi “{{needTitle}}” için değişiklik istiyor.',
  'meeting.requested.title': '{{otherName}} görüşme istiyor',
  'meeting.requested.body':
    '{{otherName}}, “{{exhibitionTitle}}” fuarında sizinle görüşmek istiyor.',
  'meeting.accepted.title': '{{otherName}} görüşme isteğinizi kabul etti',
  'meeting.accepted.body':
    '“{{exhibitionTitle}}” fuarında {{otherName}} ile görüşmeniz kesinleşti.',
  'meeting.declined.title': '{{otherName}} görüşme isteğinizi reddetti',
  'meeting.declined.body': '{{otherName}}, “{{exhibitionTitle}}” fuarında görüşmeyecek.',
  'meetings.published.title': 'Görüşme programı yayımlandı: {{exhibitionTitle}}',
  'meetings.published.body': '“{{exhibitionTitle}}” için ajandanız hazır: saatler ve masalar.',
  'meeting.changed.title': 'Görüşme taşındı: {{otherName}}',
  'meeting.changed.body': '{{otherName}} ile görüşmeniz artık {{slot}}, {{tableName}}.',
  'meeting.reminder.title': '{{slot}} görüşmesi: {{otherName}}',
  'meeting.reminder.body': 'En geç {{minutes}} dakika içinde: {{otherName}}, {{tableName}}.',
  'webhook.disabled.title': 'Webhook devre dışı bırakıldı',
  'webhook.disabled.body':
    'Art arda {{failures}} başarısız gönderimden sonra {{url}} webhook’u devre dışı bırakıldı. Alıcıyı düzeltip yeniden etkinleştirin.',
  'need.asked.title': 'Yeni soru: {{needTitle}}',
  'need.asked.body':
    'Bir tedarikçi “{{needTitle}}” hakkında açıklama istedi. Yanıtı açıkça verin: tüm teklif verenler okuyacak.',
  'need.opened.title': 'Teklifler açıldı: {{needTitle}}',
  'need.opened.body':
    '“{{needTitle}}” için teklif süresi doldu ve teklifler açıldı. Açılan teklif sayısı: {{opened}}.',
  'bid.opened.title': 'Teklifler açıldı: {{needTitle}}',
  'bid.opened.body': '“{{needTitle}}” için teklifler açıldı. Yarışan teklif sayısı: {{opened}}.',
  'bid.opened.body_lapsed':
    '“{{needTitle}}” için teklifler açıldı. Yarışan teklif sayısı: {{opened}}. Teklifiniz açılmadı: son değişiklikten sonra yeniden onaylanmadı.',
  'organization.unverified.title': 'Doğrulanmış rozeti kaldırıldı: {{organizationName}}',
  'organization.unverified.body':
    '“{{organizationName}}” artık doğrulanmış görünmüyor, çünkü {{fields}} değişti. Bir yönetici inceleyip yeniden doğrulayacak.',
  'field.name': 'adı',
  'field.kinds': 'türleri',
  'field.knowledgeBasedCertificate': 'bilgi tabanlı şirket belge numarası',
  'common.reason': 'Gerekçe: {{reason}}',
  'reasonCode.another-bid-awarded': 'başka bir teklif kazandı.',
  'common.why': 'Neden uygun:',
  'common.open': 'Niaz’da aç',
  'email.unsubscribe': 'Bu e-postaları durdur',
  'email.footer': 'Bu iletiyi Niaz’da bir hesabınız olduğu için alıyorsunuz.',
  'digest.title': 'Niaz günlük özeti ({{count}} bildirim)',
  'messenger.linked': 'Bu sohbet Niaz hesabınıza bağlandı. Bildirimleriniz artık buraya gelecek.',
  'messenger.invalid': 'Bu kod geçersiz veya süresi dolmuş. Niaz’da yeni bir kod oluşturun.',
  'messenger.unlinked': 'Bu sohbet artık Niaz bildirimlerini almayacak.',
  'unsubscribe.confirm':
    'Bu hesaba gelen tüm Niaz e-postaları durdurulsun mu? Uygulama içi bildirimler gelmeye devam eder; e-postayı bildirim ayarlarından yeniden açabilirsiniz.',
  'unsubscribe.button': 'E-postaları durdur',
  'unsubscribe.done':
    'Artık Niaz e-postası almayacaksınız. Bildirim ayarlarınızdan yeniden açabilirsiniz.',
};
