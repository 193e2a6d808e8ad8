// In a resume written in another language, the words of that language are not technologies: "es" in Spanish is a
// verb, not Elasticsearch; "sinon" in French means "otherwise", not Sinon.js, and "ses" "its", not Amazon SES. In an
// English resume the same words are read as before.
import { strict as assert } from 'node:assert';
import { check, resume } from './ruleHelpers';

const withSkills = (...highlights: string[]): string =>
  resume('work:', '  - name: Acme', '    highlights:', ...highlights.map((line) => `      - "${line}"`), 'skills:', '  - name: Web', '    keywords: [React, Node.js, Docker, Kubernetes, Java, PostgreSQL]');

/** What the advice on bullets underlines (not the skills no bullet shows). */
const named = (text: string): string[] => check(text).filter((line) => !line.includes('skill-no-evidence')).map((line) => line.split(':')[0]!);

describe('technologies named in a resume written in another language', () => {
  it('reads no Spanish "es" as Elasticsearch', () => {
    const text = withSkills(
      'Desarrollo de la plataforma de pagos con React y Node.js, que es la base de todos los productos de la empresa',
      'Migración de los servicios a Kubernetes con Docker, lo que es hoy el estándar de despliegue del equipo',
      'Responsable de las revisiones de código y de la formación de los nuevos desarrolladores del área',
    );
    assert.deepEqual(named(text), []);
  });

  it('reads no French "sinon" as Sinon.js, and no "Mise en place" as the tool mise', () => {
    const text = withSkills(
      "Mise en place d'une architecture de microservices avec Docker et Kubernetes pour les équipes produit",
      "Refonte du front en React, sinon maintenance corrective de l'API Node.js pour les clients existants",
      'Encadrement de deux développeurs juniors et animation des revues de code chaque semaine',
    );
    assert.deepEqual(named(text), []);
  });

  it('reads no French "ses" (its) as Amazon SES, nor German "Es" and "es" (it) as Elasticsearch', () => {
    const french = withSkills(
      'Accompagnement du client et de ses équipes dans la migration de la plateforme vers Kubernetes',
      'Refonte du front en React et maintenance corrective de l’API Node.js pour les clients existants',
      'Encadrement de deux développeurs juniors et animation des revues de code chaque semaine',
    );
    assert.deepEqual(named(french), []);
    const german = withSkills(
      'Es ist eine Plattform in React und Node.js, die es den Kunden erlaubt, ihre Daten selbst zu pflegen',
      'Migration der Dienste nach Kubernetes mit Docker und Betreuung der Kollegen im Betrieb',
      'Durchführung von Code-Reviews und Schulungen für die Entwickler der Fachabteilungen',
    );
    assert.deepEqual(named(german), []);
  });

  it('still reads the names a sentence in another language writes as names (Go, Elasticsearch)', () => {
    const text = withSkills(
      'Desarrollo de la plataforma de pagos con React y Node.js, que es la base de todos los productos de la empresa',
      'Migración de los servicios de facturación a Go y Elasticsearch, con despliegues en Kubernetes cada semana',
      'Responsable de las revisiones de código y de la formación de los nuevos desarrolladores del área',
    );
    assert.deepEqual(named(text), ['Go', 'Elasticsearch']);
  });

  it('reads the same words as names in an English resume', () => {
    const text = withSkills(
      'Stubbed the payment client with sinon in 120 unit tests, cutting the suite from 9 to 2 minutes',
      'Moved the React front end and the Node.js API to Kubernetes with Docker for 3 product teams',
    );
    assert.ok(named(text).includes('sinon'), check(text).join('\n'));
  });
});
