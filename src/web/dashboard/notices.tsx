/**
 * The dashboard's pages without figures: signing in from Telegram (the boot page), a desktop link's
 * button, and the kind refusals — who can see trends, a session that ended, a link used already.
 */
import type { Words } from "./labels.ts";
import { type Frame, Layout } from "./layout.tsx";

export function BootPage(props: { frame: Frame; words: Words; ended?: boolean }) {
  const { t } = props.words;
  return (
    <Layout frame={props.frame} title={t("dash-title")} signIn>
      <main class="card">
        <h1>{t("dash-title")}</h1>
        <p id="wait" hidden>
          {t("dash-opening")}
        </p>
        <p id="how">{props.ended ? t("dash-session-ended") : t("dash-open-in-telegram")}</p>
      </main>
    </Layout>
  );
}

/** A sentence and nothing else. `signedIn`: fresh Telegram data in the address still signs in anew. */
export function NoticePage(props: { frame: Frame; words: Words; text: string; signedIn?: boolean }) {
  const title = props.words.t("dash-title");
  return (
    <Layout frame={props.frame} title={title} signIn={props.signedIn === true}>
      <main class="card">
        <h1>{title}</h1>
        <p class="notice">{props.text}</p>
      </main>
    </Layout>
  );
}

/**
 * A desktop link opens this page first; only its button uses the link. A link preview or a
 * browser's prefetch (a GET) therefore cannot spend the link's one use.
 */
export function LinkPage(props: { frame: Frame; words: Words; action: string }) {
  const { t } = props.words;
  return (
    <Layout frame={props.frame} title={t("dash-title")}>
      <main class="card">
        <h1>{t("dash-title")}</h1>
        <p>{t("dash-link-once")}</p>
        <form method="post" action={props.action}>
          <button class="btn" type="submit">
            {t("dash-link-open")}
          </button>
        </form>
      </main>
    </Layout>
  );
}
