import { describe, expect, it } from 'vitest';
import { toContractLead } from '../../../lib/extract';
import { extractHtml } from './helpers';

// The footer rule leaves out a footer's phones and e-mails only on strong evidence that the footer is the site
// operator's (a directory, a marketplace) and not the company's: the holder is a host name or the page's host, or
// the page lists another business by its legal name; and the two names share no distinctive word and are written
// in the same script. A company's own footer (a group name, a Chinese name on an English page, a web designer's
// credit) is the company's.

const card = (html: string, url = 'http://example.com/contact') => toContractLead(extractHtml(html, url).leads[0]);
// Phones compared by their last eight digits (a number is shown as written when the page's country is unknown).
const sorted = (a: string[]) => a.map((p) => p.replace(/\D/g, '').slice(-8)).sort();

describe("a company's own footer is kept", () => {
  it('an English page of a Chinese exporter whose copyright is written in Chinese', () => {
    const c = card(
      '<title>Shenzhen Huaqiang Electronics Co., Ltd. - LED Drivers</title><main>' +
        '<h1>Shenzhen Huaqiang Electronics Co., Ltd.</h1><p>Contact: Lily Chen, Sales Manager</p>' +
        '<p>Mobile: +86 138 2345 6789</p><p>Email: lily.huaqiang@gmail.com</p></main>' +
        '<footer><p>Tel: +86 755 8888 0000 · Email: sales@hq-elec.example</p>' +
        '<p>Copyright © 2024 深圳市华强电子有限公司 All rights reserved.</p></footer>',
    );
    expect(sorted(c.phones)).toEqual(['23456789', '88880000']);
    expect([...c.emails].sort()).toEqual(['lily.huaqiang@gmail.com', 'sales@hq-elec.example']);
  });
  it("a Chinese page whose copyright gives the group's short name", () => {
    const c = card(
      '<html lang="zh-CN"><title>联系我们 - 深圳市华强电子有限公司</title><main><h1>深圳市华强电子有限公司</h1>' +
        '<p>电话：0755-8888 0000</p><p>邮箱：sales@hq-elec.example</p></main>' +
        '<footer><p>全国服务热线：400-888-6666</p><p>邮箱：service@huaqiang-group.example</p>' +
        '<p>© 2024 华强集团 版权所有</p></footer></html>',
    );
    expect(sorted(c.phones)).toEqual(['08886666', '88880000']);
    expect([...c.emails].sort()).toEqual(['sales@hq-elec.example', 'service@huaqiang-group.example']);
  });
  it("a company's group holding in the copyright", () => {
    const c = card(
      '<title>Brightline Lighting Ltd - Contact</title><main><h1>Brightline Lighting Ltd</h1>' +
        '<p>Sales: 0113 496 0123</p><p>Email: sales@brightline-lighting.example</p></main>' +
        '<footer><p>Head office: Tel 0161 496 0555 · headoffice@brightlinegroup.example</p>' +
        '<p>© 2024 Brightline Group plc. All rights reserved.</p></footer>',
      'http://www.brightline-lighting.example/contact',
    );
    expect(sorted(c.phones)).toEqual(['14960555', '34960123']);
    expect([...c.emails].sort()).toEqual(['headoffice@brightlinegroup.example', 'sales@brightline-lighting.example']);
  });
  it("a web designer's credit ends the copyright holder", () => {
    for (const credit of [
      'Site by PixelForge Design Ltd',
      'Website by PixelForge Design Ltd',
      'Web design by PixelForge Design Ltd',
      'Designed by PixelForge Design Ltd',
    ]) {
      const c = card(
        '<title>Harbour Dental Care</title><main><h1>Harbour Dental Care Ltd</h1><p>Reception: 0113 496 0123</p></main>' +
          `<footer><p>Emergencies: 0113 496 0999</p><p>© 2024 ${credit}</p></footer>`,
      );
      expect(sorted(c.phones), credit).toEqual(['34960123', '34960999']);
      expect(c.organization).not.toMatch(/PixelForge/);
    }
    const zh = card(
      '<html lang="zh-CN"><main><h1>宁波海达密封件有限公司</h1><p>电话：0574-8765 4321</p></main>' +
        '<footer><p>售后：0574-8765 4399</p><p>© 2024 技术支持：东方网络科技有限公司</p></footer></html>',
    );
    expect(sorted(zh.phones)).toEqual(['87654321', '87654399']);
  });
});

describe("a directory's footer is the site's own", () => {
  // The listed restaurant is named by the page's structured data, as directories do.
  const entry =
    '<title>Jack in the Box - Wylie, TX</title><script type="application/ld+json">{"@context":"https://schema.org",' +
    '"@type":"Restaurant","name":"Jack in the Box","telephone":"972-442-6118"}</script><main><h1>Jack in the Box</h1>' +
    '<p>201 South Hwy 78<br>Wylie, TX 75098</p><p>Phone: 972-442-6118</p></main>';
  it('when the holder is a host name, or names the page host', () => {
    const c = card(entry + '<footer><p>Contact us: (800) 555-0199</p><p>© 2024 PickaRestaurant.com</p></footer>');
    expect(c.organization).toBe('Jack in the Box');
    expect(sorted(c.phones)).toEqual(['24426118']);
    const host = card(
      entry + '<footer><p>Contact us: (800) 555-0199</p><p>© 2024 Pick a Restaurant</p></footer>',
      'https://www.pickarestaurant.example/tx/wylie/jack-in-the-box',
    );
    expect(sorted(host.phones)).toEqual(['24426118']);
  });
  it('not on weaker evidence: a holder without a host or a listed company keeps its footer', () => {
    const c = card(entry + '<footer><p>Catering: (800) 555-0199</p><p>© 2024 Foodmaker Inc.</p></footer>');
    expect(c.organization).toBe('Jack in the Box');
    expect(sorted(c.phones)).toEqual(['05550199', '24426118']);
  });
  it("a Chinese directory's operator footer stays off the listed company, though both names end 科技有限公司", () => {
    // Pairs once read across the name and its legal form (技有 of 科技有限公司) made the two names "share" a word.
    const c = card(
      '<html lang="zh-CN"><title>深圳市腾达科技有限公司 - 企业黄页</title><main><h1>深圳市腾达科技有限公司</h1>' +
        '<p>电话：0755-2765 4321</p><p>邮箱：sales@tenda-tech.example</p></main>' +
        '<footer><p>客服热线：0571-8888 1234</p><p>邮箱：kefu@huangye.example</p>' +
        '<p>© 2024 杭州某某网络科技有限公司 版权所有</p></footer></html>',
      'https://www.huangye.example/company/12345',
    );
    expect(sorted(c.phones)).toEqual(['27654321']);
    expect(c.emails).toEqual(['sales@tenda-tech.example']);
    for (const holder of ['东莞易达电子有限公司', '广州宏业实业有限公司', '北京中科技术有限公司']) {
      const other = card(
        '<html lang="zh-CN"><main><h1>深圳市腾达科技有限公司</h1><p>电话：0755-2765 4321</p></main>' +
          `<footer><p>客服热线：0571-8888 1234</p><p>© 2024 ${holder} 版权所有</p></footer></html>`,
      );
      expect(sorted(other.phones), holder).toEqual(['27654321']);
    }
  });
  it('a listing with a legal name in another script than the holder keeps the footer', () => {
    const c = card(
      '<title>Acme Seals Co., Ltd. | 供应商</title><main><h1>Acme Seals Co., Ltd.</h1><p>Tel: +86 532 8765 4321</p></main>' +
        '<footer><p>Tel: +86 532 8765 4300</p><p>© 2024 青岛艾克密封件有限公司</p></footer>',
    );
    expect(sorted(c.phones)).toEqual(['87654300', '87654321']);
  });
});
