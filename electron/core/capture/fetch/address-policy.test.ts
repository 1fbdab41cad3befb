import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSpecialAddress } from './address-policy.ts';

test('special addresses are recognized, including IPv4 inside IPv6', () => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.0.10', '169.254.169.254', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '100.64.0.1', '::7f00:1', '::127.0.0.1', '64:ff9b::10.0.0.1', '64:ff9b::a9fe:a9fe', '2002:c0a8:1::1', 'fec0::1', '::ffff:7f00:1']) {
    assert.ok(isSpecialAddress(address), address);
  }
  for (const address of ['93.184.216.34', '1.1.1.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::5db8:d822', '2002:5db8:d822::1']) assert.ok(!isSpecialAddress(address), address);
});
