import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanByline } from './byline-text.ts';

describe('cleanByline', () => {
  test('polluted bylines from real pages come out as names', () => {
    assert.equal(cleanByline('Dan Goodin - Apr 16, 2015 8:02 pm UTC'), 'Dan Goodin');
    assert.equal(cleanByline('Steven Musil January 18, 2017 11:00 PM PST @stevenmusil'), 'Steven Musil');
    assert.equal(cleanByline('8. Januar 2020 · by Aureliana · in Gefühle'), 'Aureliana');
    assert.equal(cleanByline('Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr'), 'Katharina Schmidt');
    assert.equal(cleanByline('Lüder Hoppe info@buero-hoppe.de'), 'Lüder Hoppe');
    assert.equal(cleanByline('Frank Bueltge - http://bueltge.de'), 'Frank Bueltge');
    assert.equal(cleanByline('View all posts by Daniel Lemire'), 'Daniel Lemire');
  });

  test('"J J" (two avatar initials) and other non-names are no byline', () => {
    assert.equal(cleanByline('J J'), null);
    assert.equal(cleanByline('admin'), null);
    assert.equal(cleanByline('https://www.facebook.com/someone'), null);
    assert.equal(cleanByline('@handle'), null);
    assert.equal(cleanByline('Updated 3 hours ago'), null);
    assert.equal(cleanByline('Staff Writer'), null);
    assert.equal(cleanByline(''), null);
  });

  test('strips "By", "Par", "Von" and other lead-ins, in any case, even glued to the name', () => {
    assert.equal(cleanByline('By Kim Lee'), 'Kim Lee');
    assert.equal(cleanByline('BY KIM LEE'), 'KIM LEE');
    assert.equal(cleanByline('Par Jeanne Martin'), 'Jeanne Martin');
    assert.equal(cleanByline('Von Hans Meier'), 'Hans Meier');
    assert.equal(cleanByline('Veröffentlicht von HansG'), 'HansG');
    assert.equal(cleanByline('ByAlex Bozarjian'), 'Alex Bozarjian');
    assert.equal(cleanByline('di Mario Rossi'), 'Mario Rossi');
    // Names that begin like a lead-in keep it.
    assert.equal(cleanByline('Di Maria Rossi'), 'Di Maria Rossi');
    assert.equal(cleanByline('Walter von Aachen'), 'Walter von Aachen');
  });

  test('drops job titles, dates and handles around the name', () => {
    assert.equal(cleanByline('Dan Goodin, Security Editor'), 'Dan Goodin');
    assert.equal(cleanByline('Kim Lee, Reporter'), 'Kim Lee');
    assert.equal(cleanByline('Michael Rädel, Redaktion'), 'Michael Rädel');
    assert.equal(cleanByline('Jane Doe (@janedoe) | Published March 3, 2021'), 'Jane Doe');
    // "Ada Writer" is a name, not "Ada" with a job.
    assert.equal(cleanByline('Ada Writer'), 'Ada Writer');
    // "Theresa May" has no date in it.
    assert.equal(cleanByline('Theresa May'), 'Theresa May');
  });

  test('several authors are joined with ", "', () => {
    assert.equal(cleanByline('By Jane Doe and John Smith'), 'Jane Doe, John Smith');
    assert.equal(cleanByline('Matthias Hille - Lukas Balbach'), 'Matthias Hille, Lukas Balbach');
    assert.equal(cleanByline('Ana Ruiz y Pedro Gómez'), 'Ana Ruiz, Pedro Gómez');
    assert.equal(cleanByline('Jane Doe & Jane Doe'), 'Jane Doe');
  });

  test('an organisation with commas is not cut into names', () => {
    assert.equal(cleanByline('Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF', { oneName: true }), 'Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF');
    assert.equal(cleanByline('Departement für Wirtschaft, Bildung und Forschung'), 'Departement für Wirtschaft, Bildung und Forschung');
  });

  test('entities are decoded before anything is split', () => {
    assert.equal(cleanByline('Lindsey O&#039;Donnell'), "Lindsey O'Donnell");
    assert.equal(cleanByline('Redacci&oacute;n Diario Pagina Siete'), 'Diario Pagina Siete');
  });
});
