/**
 * The page's client, bundled by esbuild from src/playground/client/ (scripts/build-playground.ts)
 * into generated, gitignored text files that wrangler bundles as Text modules (wrangler.toml rule).
 * Every command that runs the Worker builds them first; a missing file fails the bundle loudly.
 */
import CLIENT_CSS from "./generated/client.css.txt";
import CLIENT_JS from "./generated/client.js.txt";

export { CLIENT_CSS, CLIENT_JS };
