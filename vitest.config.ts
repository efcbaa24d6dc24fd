import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';
import { keepExport, pdfImages, pdfText } from './tests/browserCommands/exportFiles';
import { svg2pdfOneCanvas } from './build/svg2pdfOneCanvas';


export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        // The app's build patches svg2pdf (build/svg2pdfOneCanvas.ts); the tests run the same code.
        // The dev server pre-bundles dependencies, where only the optimizer's own plugins apply.
        plugins: [react(), svg2pdfOneCanvas()],
        optimizeDeps: { rolldownOptions: { plugins: [svg2pdfOneCanvas()] } },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 720 } }],
            commands: { pdfText, pdfImages, keepExport },
          },
        },
      },
    ],
  },
});
