import { addProblemWording } from '@niaz/core';

/** The open data's refusals in Persian and Turkish (English where they are thrown). */
addProblemWording({
  details: {
    fa: [
      [
        /^Only the exhibition's organisers download its outcomes\.$/,
        'فقط برگزارکنندگان نمایشگاه نتایج آن را دریافت می‌کنند.',
      ],
    ],
    tr: [
      [
        /^Only the exhibition's organisers download its outcomes\.$/,
        'Fuarın sonuçlarını yalnızca düzenleyenler indirir.',
      ],
    ],
  },
});
