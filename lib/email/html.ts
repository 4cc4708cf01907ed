/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * The simple HTML frame every email shares: one column, system fonts, inline styles (mail
 * clients ignore style sheets). `content` must already be escaped HTML.
 */
export function emailHtmlFrame(content: string, footer: string, lang = "en"): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<body style="margin:0;padding:0;background:#f6f7f9;">
<div style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:-apple-system,'Segoe UI',Roboto,'Noto Sans TC','PingFang HK',sans-serif;font-size:15px;line-height:1.5;color:#1f2937;">
<div style="background:#ffffff;border:1px solid #e5e7eb;border-radius:8px;padding:24px;">
${content}
</div>
<div style="padding:16px 4px;font-size:12px;color:#6b7280;">
${footer}
</div>
</div>
</body>
</html>`;
}

/** A link styled as a button. `href` and `label` are escaped here. */
export function emailButton(href: string, label: string): string {
  return `<p style="margin:20px 0 4px;"><a href="${escapeHtml(href)}" style="display:inline-block;background:#156055;color:#ffffff;text-decoration:none;padding:10px 16px;border-radius:6px;font-weight:600;">${escapeHtml(label)}</a></p>`;
}
