import { strict as assert } from 'node:assert';
import { renderStandalone, styleText } from '../../../server/src/core/render/standalone';

describe('renderStandalone: the exported page', () => {
  const csp = (page: string): string => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)![1]!.replace(/&#39;/g, "'");

  it('allows nothing but inline styles and fonts inside the page, and https images only when asked', () => {
    assert.equal(
      csp(renderStandalone({ html: '', title: 't', css: '' })),
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'",
    );
    assert.equal(
      csp(renderStandalone({ html: '', title: 't', css: '', allowRemoteImages: true })),
      "default-src 'none'; style-src 'unsafe-inline'; img-src https:; font-src data:; base-uri 'none'; form-action 'none'",
    );
  });

  it('lets fonts come only from data: URIs in the page itself, never from a server', () => {
    for (const allowRemoteImages of [false, true]) {
      const directives = new Map(csp(renderStandalone({ html: '', title: 't', css: '', allowRemoteImages })).split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
      assert.deepEqual(directives.get('font-src'), ['data:']);
      assert.deepEqual(directives.get('default-src'), ["'none'"]);
      const remote = [...directives].filter(([name, sources]) => name !== 'img-src' && sources.some((source) => /^(https?:|\*|\/\/)/.test(source)));
      assert.deepEqual(remote, []);
    }
  });

  it('puts the CSP first in <head>, before anything that could load, and carries no script', () => {
    const page = renderStandalone({ html: '<main>x</main>', title: 'Ada <Okafor>', css: 'body{}', styles: ['h1{}'], bodyClass: 'vitae-paper vitae-paper-a4' });
    assert.equal(
      page,
      [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; font-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">`,
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>Ada &lt;Okafor&gt;</title>',
        '<style>body{}</style>\n<style>h1{}</style>',
        '</head>',
        '<body class="vitae-standalone vitae-paper vitae-paper-a4">',
        '<main>x</main>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });

  it('keeps a stylesheet from closing its <style> element', () => {
    assert.equal(styleText('a{} </STYLE><script>x</script> <!-- b{}'), 'a{} <\\/STYLE><script>x</script> <\\!-- b{}');
  });
});
