// The language a resume is written in decides which writing advice it gets: the rules that read English words speak
// only about English, the rules that count speak in every language.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Caches } from '../../../server/src/core/caches';
import { proseLanguage } from '../../../server/src/core/writing/language';
import { JUDGED, judgedFiles } from '../technologies/judged';
import { collectWriting } from '../../../server/src/core/writing/bullets';
import { contextOf, marks, workResume } from './helpers';

const FRENCH = workResume([
  "Mise en place d'une architecture microservices avec Docker et Kubernetes pour les équipes produit",
  'Refonte complète du front en React, sinon maintenance corrective de l’API Node.js existante',
  'Responsable de la migration des bases de données vers PostgreSQL, réduisant les coûts de 30 %',
  'Encadrement de deux développeurs juniors et animation des revues de code chaque semaine',
]);

describe('writing advice and the language a resume is written in', () => {
  it('reads the language from the sentences: French, Spanish, Portuguese, German', () => {
    const language = (...bullets: string[]): string => proseLanguage(new Caches(), bullets);
    assert.equal(language(
      'Mise en place d’une architecture microservices avec Docker et Kubernetes pour les équipes produit',
      'Refonte complète du front en React et maintenance de l’API, avec encadrement de deux développeurs juniors',
      'Animation des revues de code et des ateliers techniques chaque semaine',
    ), 'fra');
    assert.equal(language(
      'Desarrollo de aplicaciones web con React y Node.js para una empresa líder en pagos electrónicos',
      'Responsable del equipo de backend, de los despliegues en Kubernetes y de las revisiones de código cada semana',
      'Formación de los nuevos desarrolladores y mejora de la documentación interna',
    ), 'spa');
    assert.equal(language(
      'Responsável pela manutenção do sistema de vendas com Java e pelas integrações com as APIs da empresa',
      'Liderança de uma equipe de quatro pessoas, reduzindo o tempo de resposta das consultas em trinta por cento',
      'Participação nas revisões de código e na formação dos novos desenvolvedores',
    ), 'por');
    assert.equal(language(
      'Entwicklung einer Plattform mit Go und Kubernetes, die Daten aus dem SAP-System liest und aufbereitet',
      'Betreuung der Kunden, Einarbeitung neuer Kollegen im Team und Verantwortung für den Betrieb der Dienste',
      'Durchführung von Code-Reviews und Schulungen für die Entwickler der Fachabteilungen',
    ), 'deu');
  });

  it('takes a resume with too few words to tell for English, so that no advice is lost', () => {
    assert.equal(proseLanguage(new Caches(), ['Mise en place du CI']), 'eng');
  });

  it('gives a resume written in French no advice about English openers, fillers or passives, but still asks for numbers', () => {
    const found = marks(FRENCH).filter((mark) => mark.code !== 'resume-length');
    assert.equal(collectWriting(contextOf(FRENCH)).language, 'fra');
    assert.deepEqual([...new Set(found.map((mark) => mark.code))], ['bullet-no-metric']);
    assert.deepEqual(found.map((mark) => mark.text.slice(0, 20)), ['Mise en place d\'une ', 'Refonte complète du ', 'Encadrement de deux ']);
  });

  it('still advises an English resume with a line in another language', () => {
    const text = workResume([
      'Responsible for the payment service and its on-call rotation',
      'Worked on the migration of 40 services to Kubernetes with the platform team',
      'Helped the data team move nightly jobs to Airflow, cutting failures by half',
      'Mise en place du pipeline de déploiement continu pour les équipes produit',
    ]);
    assert.equal(collectWriting(contextOf(text)).language, 'eng');
    assert.ok(marks(text, ['bullet-weak-opener']).length >= 2);
  });

  it('takes the language a resume declares in meta.language over its sentences ("en", "fr-FR", "fra")', () => {
    const declared = (language: string, text: string): string => collectWriting(contextOf(`meta:\n  language: ${language}\n${text}`)).language;
    assert.equal(declared('en', FRENCH), 'eng');
    assert.equal(declared('fr-FR', workResume(['Mise en place du CI'])), 'fra');
    assert.equal(declared('fra', workResume(['Mise en place du CI'])), 'fra');
    // A language it does not know: the sentences decide.
    assert.equal(declared('tlh', FRENCH), 'fra');
    const english = marks(`meta:\n  language: en\n${FRENCH}`, ['bullet-weak-opener']);
    assert.ok(english.length >= 3, 'an author who says the resume is English gets the English advice');
  });

  it('reads every judged resume written in English as English, and the forty written in another language as theirs', () => {
    const foreign: Record<string, string> = {};
    for (const file of judgedFiles()) {
      const language = collectWriting(contextOf(readFileSync(join(JUDGED, file), 'utf8'))).language;
      if (language !== 'eng') foreign[file.replace('.judged.yaml', '')] = language;
    }
    assert.deepEqual(foreign, { abdelmounhim: 'fra', abdounikarim: 'fra', alxkhr: 'deu', andreaolivieri: 'ita', atinseau: 'fra', carrilloapps: 'spa', denthsun: 'rus', eggwise: 'nld', eternityspring: 'cmn', gaborohez: 'spa', gaelreyrol: 'fra', hadrienmp: 'fra', ibcht: 'fra', jnzader: 'spa', ihuarraquax: 'pol', lycolia: 'jpn', marcelolucianof: 'por', nicoarbelaez: 'spa', nkaurelien: 'fra', nukiesto: 'rus', onisoris: 'rus', 'ozkar-co': 'spa', pdemanget: 'fra', pmourey: 'fra', 'primus-anonymous': 'rus', qdequippe: 'fra', ralphi2811: 'fra', rask18: 'spa', rolfmasfelder: 'deu', sergiomarquezdev: 'spa', th2y: 'por', timspan: 'cmn', ugmuka: 'jpn', ureakim: 'fra', willpinha: 'por', xobotun: 'rus', xupeiyao: 'cmn', yeongjunekoh: 'kor', yyong91: 'kor', zilonger: 'cmn' });
  });
});
