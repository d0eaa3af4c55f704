import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import jsQR from 'jsqr';
import { describe, expect, it, vi } from 'vitest';
import { mispaIII } from '../../../src/data/mispa-iii.ts';
import QrDialog from '../../../src/lib/components/plan-files/QrDialog.svelte';
import ShareScreen from '../../../src/lib/components/plan-files/ShareScreen.svelte';
import { seedAppDb } from './app-db.ts';
import { shareScreenCode } from './share-screen-code.ts';

/** The SVG's modules read back by a decoder, 4 pixels a module: what a phone's camera gets. */
function decodeSvg(svg: SVGSVGElement): string | undefined {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of (svg.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) pixels.set([0, 0, 0, 255], (py * width + px) * 4);
    }
  }
  return jsQR(pixels, width, width)?.data;
}

// jsdom has the <dialog> element without its modal behaviour: opening and closing are stood in for.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event('close'));
};

describe('QrDialog', () => {
  it('opens as a modal dialog with the link as a QR code that decodes back to it, named and written under it', () => {
    const url = 'https://quorum.example/app/#/';
    const onclose = vi.fn();
    render(QrDialog, { url, onclose });
    const dialog = screen.getByRole('dialog', { name: 'QR code du lien de Quorum' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    const image = screen.getByRole('img', { name: `QR code du lien ${url}` });
    expect(decodeSvg(image as unknown as SVGSVGElement)).toBe(url);
    expect(screen.getByText(url).tagName).toBe('P');
    screen.getByRole('button', { name: 'Fermer' }).click();
    expect(onclose).toHaveBeenCalledOnce();
  });
});

describe('ShareScreen’s QR code', () => {
  it('loads the QR code only when asked, with the app’s own link, and takes it away when closed', async () => {
    await seedAppDb();
    render(ShareScreen, { bundle: mispaIII });
    expect(screen.queryByRole('dialog')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Afficher le QR code' }));
    const image = await screen.findByRole('img', { name: /^QR code du lien / });
    expect(decodeSvg(image as unknown as SVGSVGElement)).toBe(`${location.origin}${location.pathname}#/`);
    await fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await shareScreenCode();
  });
});
