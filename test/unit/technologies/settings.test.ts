import { strict as assert } from 'node:assert';
import { parseProjectConfig } from '../../../server/src/core/config';
import { createLanguageService } from '../../../server/src/core/service';
import { readSettings } from '../../../server/src/lsp/settings';
import { joinLines, source, withCursor } from '../../helpers/text';

describe('your own technologies', () => {
  it('reads technologies.extra from .vitaerc.yaml: names or { name, aliases, category }', () => {
    const config = parseProjectConfig(joinLines('technologies:', '  extra:', '    - Borgmon', '    - { name: Blaze, aliases: [blaze-build], category: tool }'));
    assert.deepEqual(config.technologies, { extra: [{ name: 'Borgmon' }, { name: 'Blaze', aliases: ['blaze-build'], category: 'tool' }] });
    assert.deepEqual(config.problems, []);
  });

  it('describes bad entries and keeps the good ones', () => {
    const config = parseProjectConfig(joinLines('technologies:', '  extras: []', '  extra:', '    - 42', '    - { aliases: [x] }', '    - Borgmon', '    - { name: Blaze, aliases: nope }'));
    assert.deepEqual(config.technologies, { extra: [{ name: 'Borgmon' }, { name: 'Blaze', aliases: [] }] });
    assert.deepEqual(config.problems, [
      'technologies.extras: unknown setting; use extra',
      'technologies.extra[0]: needs a name (text of at most 100 characters)',
      'technologies.extra[1]: needs a name (text of at most 100 characters)',
      'technologies.extra[3].aliases: write a list of names',
    ]);
    assert.deepEqual(parseProjectConfig('technologies: [Borgmon]').problems, ['technologies: write it as { extra: [<name>, …] }']);
  });

  it('reads vitae.technologies.extra from the editor settings, ignoring junk', () => {
    assert.deepEqual(readSettings({ technologies: { extra: ['Borgmon', { name: 'Blaze' }, 7, null] } }).technologies, { extra: [{ name: 'Borgmon' }, { name: 'Blaze', aliases: [] }] });
    assert.deepEqual(readSettings({ technologies: 'Borgmon' }).technologies, {});
    assert.deepEqual(readSettings(undefined).technologies, {});
  });
});

describe('technology hover', () => {
  const service = createLanguageService();
  const hoverAt = (marked: string): string | undefined => {
    const { text, position } = withCursor(marked);
    const contents = service.hover(source(text), position)?.contents as { value: string } | undefined;
    return contents?.value;
  };

  it('shows the canonical name, the category and the other names of a keyword', () => {
    assert.equal(hoverAt(joinLines('skills:', '  - name: Cloud', '    keywords: [Docker, k8$|$s]')), '**Kubernetes** · devops\n\nAlso written: k8s, kube');
  });

  it('shows a technology named in a bullet, and the field documentation elsewhere', () => {
    assert.match(hoverAt(joinLines('work:', '  - highlights:', '      - Moved services to Postg$|$reSQL 16')) ?? '', /^\*\*PostgreSQL\*\* · database/);
    assert.equal(hoverAt(joinLines('work:', '  - highlights:', '      - Moved services to$|$ PostgreSQL 16'))?.startsWith('**PostgreSQL**'), false);
  });

  it('shows no technology for a word of the language the resume is written in ("es" in Spanish)', () => {
    const spanish = (bullet: string): string =>
      joinLines('work:', '  - highlights:', `      - ${bullet}`, '      - Migración de los servicios a Kubernetes con Docker, lo que hoy es el estándar del equipo', '      - Responsable de las revisiones de código y de la formación de los nuevos desarrolladores');
    assert.equal(hoverAt(spanish('Desarrollo de la plataforma de pagos con React, que e$|$s la base de los productos de la empresa'))?.startsWith('**Elasticsearch**'), false);
    assert.match(hoverAt(spanish('Desarrollo de la plataforma de pagos con Re$|$act, que es la base de los productos de la empresa')) ?? '', /^\*\*React\*\*/);
  });
});
