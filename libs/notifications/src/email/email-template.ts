import type { RenderedNotice } from '../i18n/notice-renderer';

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * HTML-escaped, with each isolated user text (FSI … PDI from the renderer) as a `<bdi>`: mail
 * clients honour the element more widely than the invisible characters.
 */
const html = (s: string) =>
  escapeHtml(s).replace(/\u2068([^\u2068\u2069]*)\u2069/g, '<bdi>$1</bdi>');

export interface EmailParts {
  subject: string;
  text: string;
  html: string;
}

export interface EmailLabels {
  open: string;
  unsubscribe: string;
  footer: string;
}

/**
 * One e-mail (a notice, or a digest of several) as plain text and HTML. Persian mail is
 * right to left (`dir="rtl"` on the document and every block, as many clients drop the
 * outer attribute), set in Vazirmatn when the reader has it.
 */
export function emailParts(
  subject: string,
  notices: RenderedNotice[],
  labels: EmailLabels,
  unsubscribeUrl: string,
  dir: 'rtl' | 'ltr',
  language: string,
): EmailParts {
  const align = dir === 'rtl' ? 'right' : 'left';
  const font =
    dir === 'rtl' ? "Vazirmatn, Tahoma, 'Segoe UI', sans-serif" : "'Segoe UI', Arial, sans-serif";
  const textBlocks = notices.map((n) => {
    const lines = [n.title, n.body];
    if (n.reasons.length) lines.push(n.reasonsHeading, ...n.reasons.map((r) => `• ${r}`));
    lines.push(`${labels.open}: ${n.url}`);
    return lines.join('\n');
  });
  const text = [
    ...(notices.length > 1 ? [subject, ''] : []),
    textBlocks.join('\n\n---\n\n'),
    '',
    '--',
    labels.footer,
    `${labels.unsubscribe}: ${unsubscribeUrl}`,
  ].join('\n');

  const block = (n: RenderedNotice) => `
    <div dir="${dir}" style="margin:0 0 24px 0;padding:16px;border:1px solid #e3e6ea;border-radius:8px">
      <h2 dir="${dir}" style="margin:0 0 8px 0;font-size:18px">${html(n.title)}</h2>
      <p dir="${dir}" style="margin:0 0 8px 0;line-height:1.7">${html(n.body)}</p>
      ${
        n.reasons.length
          ? `<p dir="${dir}" style="margin:0 0 4px 0;font-weight:bold">${escapeHtml(n.reasonsHeading)}</p>
      <ul dir="${dir}" style="margin:0 0 8px 0;padding-${align}:20px">${n.reasons
        .map((r) => `<li>${html(r)}</li>`)
        .join('')}</ul>`
          : ''
      }
      <p dir="${dir}" style="margin:0"><a href="${escapeHtml(n.url)}">${escapeHtml(labels.open)}</a></p>
    </div>`;
  const page = `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(subject.replace(/[\u2068\u2069]/g, ''))}</title></head>
<body dir="${dir}" style="direction:${dir};text-align:${align};font-family:${font};color:#1f2933">
  <div dir="${dir}" style="max-width:640px;margin:0 auto;padding:16px">
    ${notices.length > 1 ? `<h1 dir="${dir}" style="font-size:20px">${html(subject)}</h1>` : ''}
    ${notices.map(block).join('\n')}
    <p dir="${dir}" style="font-size:12px;color:#616e7c">${escapeHtml(labels.footer)}
      <a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(labels.unsubscribe)}</a></p>
  </div>
</body>
</html>`;
  return { subject, text, html: page };
}
