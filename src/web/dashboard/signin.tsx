/**
 * Signing in from Telegram, in the page. Telegram puts initData in the URL fragment, which never
 * reaches a server: this script posts it (and the theme) to /dashboard/auth, and takes it out of the
 * address bar. On every page, fresh data in the fragment wins over the session it has — a second
 * Telegram account on the same phone is never shown the first one's page. On the boot page (no
 * session), the data kept for the tab (sessionStorage) signs in again after the 15-minute session
 * while Telegram's data is under an hour old. No other script runs in the dashboard, and none is
 * loaded from elsewhere.
 */
export const SIGN_IN_SCRIPT = `(function(){
var s=document.currentScript,p=new URLSearchParams(location.hash.slice(1)),d=p.get("tgWebAppData"),th=p.get("tgWebAppThemeParams")||"";
try{if(d){sessionStorage.setItem("ura-init",d);sessionStorage.setItem("ura-theme",th)}else if(s&&s.dataset.stored){d=sessionStorage.getItem("ura-init");th=sessionStorage.getItem("ura-theme")||""}}catch(e){}
if(!d)return;
var f=document.getElementById("auth"),how=document.getElementById("how"),wait=document.getElementById("wait");
f.elements.initData.value=d;f.elements.theme.value=th;f.elements.next.value=location.pathname+location.search;
if(how)how.hidden=true;if(wait)wait.hidden=false;
history.replaceState(null,"",location.pathname+location.search);f.submit();
})();`;

export type SignInMode = "boot" | "fresh";

export function SignIn(props: { nonce: string; mode: SignInMode }) {
  return (
    <>
      <form id="auth" method="post" action="/dashboard/auth" hidden>
        <input type="hidden" name="initData" />
        <input type="hidden" name="theme" />
        <input type="hidden" name="next" />
      </form>
      <script
        nonce={props.nonce}
        data-stored={props.mode === "boot" ? "1" : undefined}
        dangerouslySetInnerHTML={{ __html: SIGN_IN_SCRIPT }}
      />
    </>
  );
}
