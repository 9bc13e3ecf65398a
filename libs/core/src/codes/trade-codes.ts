/** Harmonized System code: 4–10 digits, no dots. */
export const HS_CODE = /^\d{4,10}$/;
export const HS_CODE_MESSAGE = 'hsCodes must hold HS codes of 4 to 10 digits without dots';

/** ISIC Rev.4 class: 4 digits, division 01–99. */
export const ISIC_CLASS = /^(0[1-9]|[1-9]\d)\d{2}$/;
export const ISIC_CLASS_MESSAGE = 'isic must be an ISIC Rev.4 class of 4 digits';
