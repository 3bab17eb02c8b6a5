import { describe, expect, it } from 'vitest';
import { isTlpBanner, statedTlpLevel } from './stated-marking.ts';

describe('statedTlpLevel', () => {
  it('reads the banner line a document prints for itself, TLP 1.0 WHITE as CLEAR', () => {
    expect(statedTlpLevel('TLP:AMBER\n\nFlash alert\n\nText.')).toBe('amber');
    expect(statedTlpLevel('Alert\n// TLP: AMBER+STRICT //\nText.')).toBe('amber+strict');
    expect(statedTlpLevel('**TLP:WHITE**\nText.')).toBe('clear');
    expect(statedTlpLevel('Text.\n\ntlp:green\n')).toBe('green');
  });

  it('takes the most restrictive of several banners', () => {
    expect(statedTlpLevel('TLP:GREEN\nPage 1.\nTLP:RED\nPage 2.\nTLP:GREEN\n')).toBe('red');
  });

  it('reads no label inside prose, and none where there is none', () => {
    expect(statedTlpLevel('Information marked TLP:RED may not be shared.')).toBeUndefined();
    expect(statedTlpLevel('The TLP:PURPLE level does not exist.\nTLP:PURPLE\n')).toBeUndefined();
    expect(statedTlpLevel('APT31 breached the ministry.')).toBeUndefined();
  });
});

describe('isTlpBanner', () => {
  it('is a line that is a label and nothing else', () => {
    expect(isTlpBanner('TLP:AMBER')).toBe(true);
    expect(isTlpBanner(' **TLP:CLEAR** ')).toBe(true);
    expect(isTlpBanner('TLP:AMBER Flash alert on APT31')).toBe(false);
  });
});
