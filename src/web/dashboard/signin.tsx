/**
 * Signing in from Telegram, in the page. Telegram puts initData in the URL fragment, which never
 * reaches a server: this script posts it (and the theme) to /dashboard/auth, and takes it out of the
 * address bar. On every page, fresh data in the fragment wins over the session it has — a second
 * Telegram account on the same phone is never shown the first one's page. Telegram's data signs in
 * once (auth.ts): after the 15-minute session the page says to open the dashboard again from
 * Telegram. No other script runs in the dashboard, and none is loaded from elsewhere.
 */
export const SIGN_IN_SCRIPT = `(function(){
var p=new URLSearchParams(location.hash.slice(1)),d=p.get("tgWebAppData"),th=p.get("tgWebAppThemeParams")||"";
if(!d)return;
var f=document.getElementById("auth"),how=document.getElementById("how"),wait=document.getElementById("wait");
f.elements.initData.value=d;f.elements.theme.value=th;f.elements.next.value=location.pathname+location.search;
if(how)how.hidden=true;if(wait)wait.hidden=false;
history.replaceState(null,"",location.pathname+location.search);f.submit();
})();`;

export function SignIn(props: { nonce: string }) {
  return (
    <>
      <form id="auth" method="post" action="/dashboard/auth" hidden>
        <input type="hidden" name="initData" />
        <input type="hidden" name="theme" />
        <input type="hidden" name="next" />
      </form>
      <script nonce={props.nonce} dangerouslySetInnerHTML={{ __html: SIGN_IN_SCRIPT }} />
    </>
  );
}
