import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// `npm run dev` proxies the API to a `tochuc serve` on :8080; `npm run build`
// writes dist/, which `tochuc serve` serves.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
  build: { outDir: "dist", chunkSizeWarningLimit: 2000 },
  test: { environment: "jsdom", setupFiles: ["src/testSetup.ts"] },
});
