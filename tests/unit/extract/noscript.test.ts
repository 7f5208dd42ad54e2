import { describe, expect, it } from 'vitest';
import { Budget } from '../../../lib/extract/budget';
import { decodeCfEmail, decodeEntities, rawMarkupText } from '../../../lib/extract/noscript';
import { walkPage } from '../../../lib/extract/walk';
import { extractPage } from '../../../lib/extract';
import { parse } from './helpers';

// <noscript> comes in two shapes. Scripts off (npm run extract): parsed markup, shown to the reader, walked like
// any element. Scripts on (the extension): one raw text node of markup source, read as text only. Both shapes of
// the same page give the same lines.

/** The scripts-on shape: the noscript's markup kept as one text node, as Chromium's parser does with scripts on. */
function scriptsOn(html: string, noscriptSource: string): Document {
  const doc = parse(html);
  const ns = doc.querySelector('noscript')!;
  while (ns.firstChild) ns.removeChild(ns.firstChild);
  ns.appendChild(doc.createTextNode(noscriptSource));
  return doc;
}

const SOURCE =
  '<p><strong>E-mail:</strong> techcomm at mayo dot edu</p><p>Tel: <a href="tel:+15072933900">507-293-3900</a>' +
  '<br>Fax &amp; line: 507-284-5410</p><img src="https://px.example/p.gif" height="1"><script>var x="a@b.com"</script>';
const PAGE = `<body><h2>Office of Intellectual Property</h2><noscript>${SOURCE}</noscript><p>Rochester, MN 55905</p></body>`;

describe('rawMarkupText', () => {
  it('drops tags, breaks lines at blocks, decodes entities, keeps links, skips script bodies', () => {
    const r = rawMarkupText(SOURCE);
    expect(r.lines).toEqual(['E-mail: techcomm at mayo dot edu', 'Tel: 507-293-3900', 'Fax & line: 507-284-5410']);
    expect(r.links).toEqual([{ href: 'tel:+15072933900', text: '507-293-3900' }]);
  });
  it('gives nothing for tracking pixels and iframes', () => {
    expect(rawMarkupText('<iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X"></iframe>').lines).toEqual(
      [],
    );
    expect(rawMarkupText('<img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView">')).toEqual({
      lines: [],
      links: [],
    });
  });
  it('never loops or throws on broken markup', () => {
    for (const s of ['<', '<<<>>>', '<a href=', '<script>never closed', '<p', '</>', '<!-- x', '&#xFFFFFFF; &#0;'])
      expect(() => rawMarkupText(s)).not.toThrow();
    expect(rawMarkupText('a <b c').lines).toEqual(['a']);
  });
  it('decodes numeric and the common named entities, leaves others', () => {
    expect(decodeEntities('info&#64;acme&#x2E;com &amp; &nbsp;&copy; &#xD800;')).toBe(
      'info@acme.com &  &copy; &#xD800;',
    );
  });
});

describe('walkPage reads <noscript> in both shapes', () => {
  it('scripts off (parsed markup) and scripts on (raw text) give the same lines', () => {
    const off = walkPage(parse(PAGE), new Budget(1000));
    const on = walkPage(scriptsOn(PAGE, SOURCE), new Budget(1000));
    expect(on.lines).toEqual(off.lines);
    expect(on.lines).toContain('E-mail: techcomm at mayo dot edu');
    expect(on.links.map((l) => l.href)).toEqual(['tel:+15072933900']);
  });
  it('stays inline like the element: a one-line noscript joins the text around it', () => {
    const html = '<p>© <noscript>2012</noscript> Epson America, Inc.</p>';
    expect(walkPage(scriptsOn(html, '2012'), new Budget(1000)).lines).toEqual(['© 2012 Epson America, Inc.']);
    expect(walkPage(parse(html), new Budget(1000)).lines).toEqual(['© 2012 Epson America, Inc.']);
  });
  it('the extractor finds the written-out address and the numbers with scripts on', () => {
    const r = extractPage(scriptsOn(PAGE, SOURCE), 'https://www.mayo.example/contact');
    const lead = r.leads[0];
    expect(lead.emails.map((e) => e.value)).toEqual(['techcomm@mayo.edu']);
    expect(lead.phones.map((p) => p.value)).toContain('+15072933900');
  });
});

describe('Cloudflare e-mail protection', () => {
  // "info@acme.com" XOR 0x42, as Cloudflare writes it.
  const hex = '42' + [...'info@acme.com'].map((c) => (c.charCodeAt(0) ^ 0x42).toString(16).padStart(2, '0')).join('');
  it('decodes the hex form', () => {
    expect(decodeCfEmail(hex)).toBe('info@acme.com');
    expect(decodeCfEmail('zz')).toBeNull();
    expect(decodeCfEmail('42')).toBeNull();
  });
  it('reads the address a reader with scripts sees, from the span and from the link', () => {
    const html =
      `<p>Email: <a href="/cdn-cgi/l/email-protection#${hex}"><span class="__cf_email__" data-cfemail="${hex}">` +
      `[email&#160;protected]</span></a></p>`;
    const page = walkPage(parse(html), new Budget(1000));
    expect(page.lines).toEqual(['Email: info@acme.com']);
    expect(page.links[0].href).toBe('mailto:info@acme.com');
    const r = extractPage(parse(html), 'https://acme.com/contact');
    expect(r.leads[0].emails.map((e) => e.value)).toEqual(['info@acme.com']);
  });
});

describe('hostile noscript text', () => {
  it('stays linear on many unclosed script tags, many tags and long raw text', () => {
    for (const raw of [
      '<script>'.repeat(5000),
      '<b>x</b>'.repeat(5000),
      'a'.repeat(100_000),
      '<a href="'.repeat(4000),
    ]) {
      const t0 = performance.now();
      rawMarkupText(raw);
      expect(performance.now() - t0).toBeLessThan(100);
    }
  });
  it('a page of many big noscript blocks (scripts on) stays within the walk caps', () => {
    const html = '<body>' + '<noscript></noscript><p>x</p>'.repeat(300) + '</body>';
    const doc = parse(html);
    for (const ns of Array.from(doc.querySelectorAll('noscript')))
      ns.appendChild(doc.createTextNode('<p>' + 'word '.repeat(4000) + '</p>'));
    const t0 = performance.now();
    const page = walkPage(doc, new Budget(1000));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(page.truncated).toBe(true);
  });
});
