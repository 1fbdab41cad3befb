import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode } from '../../electron/shared/errors.ts';
import { failureLabel, failureMessage, offersWholePage } from './failure-labels.ts';

test('every web failure code has its own short label', () => {
  const web = [
    ErrorCode.unreachable, ErrorCode.network, ErrorCode.timeout, ErrorCode.serverError, ErrorCode.pageGone, ErrorCode.httpError,
    ErrorCode.tooManyRedirects, ErrorCode.responseTooLarge, ErrorCode.unsupportedContent, ErrorCode.noArticle, ErrorCode.invalidUrl,
    ErrorCode.blockedAddress,
  ];
  const labels = web.map(failureLabel);
  assert.ok(!labels.includes('Not saved'));
  assert.equal(new Set(labels).size, web.length);
  assert.equal(failureLabel('SOMETHING_NEW'), 'Not saved');
});

test('only a page without an article offers the whole page', () => {
  assert.ok(offersWholePage(ErrorCode.noArticle));
  assert.ok(!offersWholePage(ErrorCode.pageGone));
  assert.ok(!offersWholePage(undefined));
});

test('PDFs say plainly that they are not supported yet; other messages pass through', () => {
  assert.match(failureMessage(ErrorCode.unsupportedContent, 'This link is a PDF, not a web page.'), /^PDFs are not supported yet/);
  assert.equal(failureMessage(ErrorCode.unsupportedContent, 'This link is an image, not a web page.'), 'This link is an image, not a web page.');
  assert.equal(failureMessage(ErrorCode.timeout, 'slow'), 'slow');
});
