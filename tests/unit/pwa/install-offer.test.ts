import { describe, expect, it } from 'vitest';
import { installOffer, platformOf, type InstallFacts } from '../../../src/lib/pwa/install-offer.ts';

const SECOND_VISIT: InstallFacts = { visits: 2, done: false, standalone: false, platform: 'other', canPrompt: true };
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const IPAD_DESKTOP = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const CHROME_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36';

describe('installOffer', () => {
  it('offers the browser’s prompt from the second visit on, never on the first', () => {
    expect(installOffer({ ...SECOND_VISIT, visits: 1 })).toBe('none');
    expect(installOffer(SECOND_VISIT)).toBe('prompt');
    expect(installOffer({ ...SECOND_VISIT, visits: 7 })).toBe('prompt');
  });

  it('never offers again once done with (declined, installed, instructions shown), nor in the installed app', () => {
    expect(installOffer({ ...SECOND_VISIT, done: true })).toBe('none');
    expect(installOffer({ ...SECOND_VISIT, standalone: true })).toBe('none');
    expect(installOffer({ ...SECOND_VISIT, platform: 'ios-safari', canPrompt: false, done: true })).toBe('none');
    expect(installOffer({ ...SECOND_VISIT, platform: 'ios-safari', canPrompt: false, standalone: true })).toBe('none');
  });

  it('shows the Add to Home Screen steps on iPhone/iPad Safari, and nothing where the browser gives no prompt', () => {
    expect(installOffer({ ...SECOND_VISIT, platform: 'ios-safari', canPrompt: false })).toBe('ios-steps');
    expect(installOffer({ ...SECOND_VISIT, platform: 'ios-safari', canPrompt: false, visits: 1 })).toBe('none');
    expect(installOffer({ ...SECOND_VISIT, canPrompt: false })).toBe('none');
  });
});

describe('platformOf', () => {
  it('knows Safari on iPhone and on an iPad that asks for the desktop site, not other browsers', () => {
    expect(platformOf(IPHONE, 5)).toBe('ios-safari');
    expect(platformOf(IPAD_DESKTOP, 5)).toBe('ios-safari');
    expect(platformOf(IPAD_DESKTOP, 0)).toBe('other'); // a Mac
    expect(platformOf(CHROME_IPHONE, 5)).toBe('other');
    expect(platformOf(ANDROID, 5)).toBe('other');
  });
});
