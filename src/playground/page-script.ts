/**
 * The playground page's client: a tiny fake Telegram app for four personas. Plain ES2020 in a raw
 * string (no template literals or "${" inside, no build step), so what runs in the browser is
 * exactly what is written here.
 *
 * Updates go to the Worker one at a time through a single queue: Telegram delivers one chat's
 * updates in order, and the per-chat message-id counters (`nextIds`) are shared by the user's and
 * the bot's messages, so an id may only be taken once the previous answer has come back.
 */
export const PAGE_SCRIPT = String.raw`
(function () {
  "use strict";
  var STORE = "ura-playground-v1";
  var boot = JSON.parse(document.getElementById("boot").textContent);
  var PERSONAS = boot.personas;
  var school = Object.assign({ link: null }, boot.school);
  var ROLE = { student: "Student", adviser: "Club adviser", principal: "Principal", admin: "Programme admin" };
  var SHORT = { student: "Student", adviser: "Adviser", principal: "Principal", admin: "Admin" };
  var LANGS = [["sq", "Shqip"], ["sr", "Srpski"], ["mk", "Македонски"], ["en", "English"]];
  var HINTS = {
    student: "Tap the green button above — as if scanning the QR code on the school's poster.",
    adviser: "Drita already advises the demo school's mediation club: new cases arrive here. Try /queue:",
    principal: "Ilir is the demo school's principal: cases outside mediation and urgent ones arrive here. Try /queue:",
    admin: "The NGO's admin creates schools (/newschool) and invites staff (/invite). Start here:"
  };
  var byId = {};
  PERSONAS.forEach(function (p) { byId[String(p.id)] = p; });

  var state = load();
  var cols = {};
  var cbOwner = {};
  var dirty = {};
  var queue = Promise.resolve();
  var inFlight = 0;
  var openMenu = null;

  // ---- state ----------------------------------------------------------------------------------
  function fresh() {
    return { v: 1, chats: {}, nextIds: {}, files: {}, langs: {}, replyKb: {}, others: [], unread: {},
      lastUpdateId: 0, photoN: 0, cbN: 0, total: zeroKv(), kvLog: [], active: String(PERSONAS[0].id), hideKv: false };
  }
  function zeroKv() { return { requests: 0, reads: 0, writes: 0, deletes: 0, lists: 0 }; }
  function load() {
    var s = null;
    try { s = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { s = null; }
    if (!s || s.v !== 1) return fresh();
    s = Object.assign(fresh(), s);
    Object.keys(s.chats).forEach(function (id) {
      s.chats[id].forEach(function (m) {
        if (m.pending) { m.pending = false; m.note = "Not delivered: the page was reloaded before it was sent."; }
      });
    });
    return s;
  }
  var warnedFull = false;
  function save() {
    try { localStorage.setItem(STORE, JSON.stringify(state)); } catch (e) {
      if (!warnedFull) { warnedFull = true; toast(state.active, "This browser's storage is full: the chats may not survive a reload. Try “Reset chats”."); }
    }
  }
  function takeId(chat) {
    var id = state.nextIds[chat] || 1;
    state.nextIds[chat] = id + 1;
    return id;
  }
  // Telegram's update ids only grow; seeding from the clock keeps them growing even after the
  // browser's storage was cleared while the Worker's KV (which may remember update ids) was not.
  function nextUpdateId() {
    var clock = Math.floor((Date.now() - Date.UTC(2024, 0, 1)) / 1000);
    state.lastUpdateId = Math.max(state.lastUpdateId + 1, clock);
    return state.lastUpdateId;
  }
  function chatOf(p) {
    var c = { id: p.id, type: "private", first_name: p.first_name };
    if (p.last_name) c.last_name = p.last_name;
    if (p.username) c.username = p.username;
    return c;
  }
  function userOf(p) {
    var u = { id: p.id, is_bot: false, first_name: p.first_name };
    if (p.last_name) u.last_name = p.last_name;
    if (p.username) u.username = p.username;
    u.language_code = state.langs[String(p.id)] || p.language_code;
    return u;
  }
  function nowSec() { return Math.floor(Date.now() / 1000); }
  function push(chat, m) {
    (state.chats[chat] = state.chats[chat] || []).push(m);
    dirty[chat] = true;
    return m;
  }
  function find(chat, id) {
    var list = state.chats[chat] || [];
    for (var i = list.length - 1; i >= 0; i--) if (!list[i].sys && list[i].id === Number(id)) return list[i];
    return null;
  }

  // ---- DOM helpers ----------------------------------------------------------------------------
  function el(tag, attrs, kids) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) return;
      if (k === "class") n.className = v;
      else if (k === "text") n.textContent = v;
      else if (k.slice(0, 2) === "on") n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v === true ? "" : String(v));
    });
    (kids || []).forEach(function (c) { if (c != null) n.append(c); });
    return n;
  }
  // Schools in XK, AL and MK read the 24-hour clock.
  function hhmm(t) { return new Date(t).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }); }
  // Inline SVG, not emoji: the page must look right on machines without an emoji font.
  function icon(name) {
    var span = el("span", { class: "icon", "aria-hidden": "true" });
    span.innerHTML = boot.icons[name];
    return span;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function fmtKv(kv) {
    return plural(kv.reads, "read") + " · " + plural(kv.writes, "write") + " · " + plural(kv.lists, "list") +
      " · " + plural(kv.deletes, "delete");
  }
  function short(text) { text = String(text).replace(/\s+/g, " "); return text.length > 32 ? text.slice(0, 31) + "…" : text; }

  // ---- text: plain with links, or Telegram's HTML subset (sanitised by rebuilding it) --------
  function deepLink(url) {
    var m = /^https:\/\/t\.me\/([A-Za-z0-9_]+)\?start=([A-Za-z0-9_-]{1,64})$/.exec(String(url));
    return m ? { bot: m[1], payload: m[2] } : null;
  }
  function linkEl(href, label) {
    if (deepLink(href)) {
      return el("button", { type: "button", class: "deeplink", text: label, title: "Open this bot link as one of the personas",
        onclick: function (e) { openUrl(href, e.currentTarget); } });
    }
    if (!/^(https?:|tel:|mailto:)/i.test(href)) return document.createTextNode(label);
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer", text: label });
  }
  function linkify(text, into) {
    var re = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'»]/g, last = 0, m;
    while ((m = re.exec(text))) {
      if (m.index > last) into.append(text.slice(last, m.index));
      into.append(linkEl(m[0], m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) into.append(text.slice(last));
  }
  var TAGS = { B: "b", STRONG: "b", I: "i", EM: "i", U: "u", INS: "u", S: "s", STRIKE: "s", DEL: "s", CODE: "code",
    PRE: "pre", BLOCKQUOTE: "blockquote", "TG-SPOILER": "span", SPAN: "span" };
  function htmlInto(src, into) {
    src.childNodes.forEach(function (n) {
      if (n.nodeType === 3) linkify(n.data, into);
      else if (n.nodeType !== 1) return;
      else if (n.tagName === "A") into.append(linkEl(n.getAttribute("href") || "", n.textContent));
      else if (n.tagName === "BR") into.append("\n");
      else {
        var out = TAGS[n.tagName] ? document.createElement(TAGS[n.tagName]) : document.createDocumentFragment();
        htmlInto(n, out);
        into.append(out);
      }
    });
  }
  function textEl(text, html) {
    var box = el("div", { class: "text" });
    if (html) htmlInto(new DOMParser().parseFromString(String(text), "text/html").body, box);
    else linkify(String(text), box);
    return box;
  }

  // ---- rendering ------------------------------------------------------------------------------
  function photoEl(fid) {
    var src = typeof fid === "string" && state.files[fid];
    if (src) return el("img", { class: "photo", src: src, alt: "Photo" });
    return el("div", { class: "nophoto", text: "Photo " + (typeof fid === "string" ? fid : "") + "\n(not sent from this page)" });
  }
  function keyboardEl(chat, m) {
    return el("div", { class: "kb" }, m.kb.map(function (row) {
      return el("div", { class: "kb-row" }, row.map(function (b) {
        var isUrl = b.callback_data == null && b.url;
        return el("button", { type: "button", class: "inline-btn" + (isUrl ? " url" : ""), text: b.text,
          onclick: function (e) {
            if (b.callback_data != null) press(chat, m, b);
            else if (b.url) openUrl(b.url, e.currentTarget);
            else toast(chat, "This kind of button is not simulated in the playground.");
          } });
      }));
    }));
  }
  function itemEl(chat, m) {
    if (m.sys) return el("div", { class: "sys " + (m.kind || "") }, [m.sys]);
    var idAttr = m.id == null ? null : m.id;
    if (m.deleted) return el("div", { class: "msg deleted " + m.who, "data-message-id": idAttr }, [icon("trash"), "message deleted"]);
    var bubble = el("div", { class: "bubble" });
    if (m.photo) bubble.append(photoEl(m.photo));
    if (m.doc) bubble.append(el("div", { class: "nophoto", text: "Document " + m.doc }));
    var body = m.text != null ? m.text : m.caption;
    if (body) bubble.append(textEl(body, m.html));
    if (m.note) bubble.append(el("div", { class: "note", text: m.note }));
    bubble.append(el("span", { class: "meta", text: (m.edited ? "edited " : "") + hhmm(m.t) }));
    var node = el("div", { class: "msg " + m.who + (m.pending ? " pending" : ""), "data-message-id": idAttr }, [bubble]);
    if (m.kb && m.kb.length) node.append(keyboardEl(chat, m));
    return node;
  }
  function emptyEl(chat) {
    var p = byId[chat];
    var kids = [el("div", { text: HINTS[p.role] || "" })];
    // Staff start with their queue; the admin with the list of schools.
    var first = p.role === "admin" ? "/schools" : "/queue";
    if (p.role !== "student") {
      kids.push(el("button", { type: "button", class: "btn", text: "Send " + first, onclick: function () { sendText(chat, first); } }));
    }
    return el("div", { class: "empty" }, kids);
  }
  function renderChat(chat) {
    var c = cols[chat];
    if (!c) return;
    var list = state.chats[chat] || [];
    var hadFocus = c.chat.contains(document.activeElement);
    c.chat.replaceChildren();
    if (!list.length) c.chat.append(emptyEl(chat));
    list.forEach(function (m) { c.chat.append(itemEl(chat, m)); });
    c.chat.scrollTop = c.chat.scrollHeight;
    // Re-rendering drops the focused button; keyboard users continue at the newest keyboard.
    if (hadFocus) {
      var kbs = c.chat.querySelectorAll(".kb");
      (kbs.length ? kbs[kbs.length - 1].querySelector("button") : c.chat).focus({ preventScroll: true });
    }
    c.replykb.replaceChildren();
    (state.replyKb[chat] || []).forEach(function (row) {
      row.forEach(function (b) {
        var label = typeof b === "string" ? b : b.text;
        c.replykb.append(el("button", { type: "button", text: label, onclick: function () { sendText(chat, label); } }));
      });
    });
  }
  function flush() {
    Object.keys(dirty).forEach(function (chat) { if (chat === "others") renderOthers(); else renderChat(chat); });
    dirty = {};
    renderTabs();
  }
  function renderOthers() {
    var box = document.getElementById("others");
    box.hidden = !state.others.length;
    document.getElementById("others-list").replaceChildren.apply(document.getElementById("others-list"),
      state.others.map(function (o) { return el("div", { class: "sys", text: "chat " + o.chat + " · " + hhmm(o.t) + " · " + o.text }); }));
  }
  function renderTabs() {
    Object.keys(cols).forEach(function (id) {
      var c = cols[id], on = id === state.active, n = state.unread[id] || 0;
      c.section.classList.toggle("active", on);
      c.tab.setAttribute("aria-selected", on ? "true" : "false");
      c.badge.textContent = n ? String(n) : "";
      c.badge.classList.toggle("on", n > 0 && !on);
    });
  }
  function renderSchool() {
    var box = document.getElementById("school");
    var kids = ["Demo school: ", el("strong", { text: school.name }), " · " + (school.municipality || "") + " · code ",
      el("code", { text: school.code })];
    if (school.link) kids.push(" · student link ", el("code", null, [linkEl(school.link, school.link)]));
    box.replaceChildren.apply(box, kids);
  }
  function renderTotal() {
    var t = state.total;
    document.getElementById("kv-total").textContent = t.requests
      ? "Since reset: " + plural(t.requests, "update") + " → " + fmtKv(t) : "";
    var log = document.getElementById("kv-log");
    log.hidden = !state.kvLog.length;
    var ol = document.getElementById("kv-log-list");
    ol.replaceChildren.apply(ol, state.kvLog.slice().reverse().map(function (l) { return el("li", { text: l }); }));
  }
  function activate(id) {
    state.active = id;
    state.unread[id] = 0;
    renderTabs();
    save();
  }
  function notify(chat, actor) {
    if (chat === actor) return;
    if (chat !== state.active) state.unread[chat] = (state.unread[chat] || 0) + 1;
    var s = cols[chat] && cols[chat].section;
    if (!s) return;
    s.classList.remove("flash");
    void s.offsetWidth;
    s.classList.add("flash");
  }
  function toast(chat, text, alert) {
    var c = cols[chat];
    if (!c) return;
    if (c.toast) c.toast.remove();
    clearTimeout(c.toastTimer);
    var t = el("div", { class: "toast" + (alert ? " alert" : ""), role: alert ? "alertdialog" : "status" }, [text]);
    c.section.append(t);
    c.toast = t;
    if (alert) {
      var ok = el("button", { type: "button", class: "btn", text: "OK", onclick: function () { t.remove(); } });
      t.append(ok);
      ok.focus();
    } else {
      c.toastTimer = setTimeout(function () { t.remove(); }, 4000);
    }
  }
  function busy(delta) {
    inFlight += delta;
    document.body.classList.toggle("is-busy", inFlight > 0);
  }

  // ---- what the bot did: apply captured Bot API calls ----------------------------------------
  function inlineKb(markup) { return markup && Array.isArray(markup.inline_keyboard) ? markup.inline_keyboard : null; }
  function addBot(chat, m, markup, actor) {
    m.who = "bot";
    m.t = Date.now();
    if (!byId[chat]) {
      state.others.push({ chat: chat, t: m.t, text: short(m.text || m.caption || (m.photo ? "[photo]" : "[message]")) });
      dirty.others = true;
      return;
    }
    if (markup && Array.isArray(markup.keyboard)) state.replyKb[chat] = markup.keyboard;
    if (markup && markup.remove_keyboard) delete state.replyKb[chat];
    push(chat, m);
    notify(chat, actor);
  }
  function edit(chat, id, change) {
    var m = find(chat, id);
    if (!m || m.deleted) {
      if (byId[chat]) push(chat, { sys: "The bot edited message #" + id + ", which is not on this page.", kind: "error" });
      return;
    }
    change(m);
    m.edited = true;
    dirty[chat] = true;
  }
  function copy(call, p, chat, actor) {
    var src = find(String(p.from_chat_id), p.message_id);
    var m = { id: call.messageId };
    if (src) {
      ["text", "photo", "doc", "caption", "html"].forEach(function (k) { if (src[k] !== undefined) m[k] = src[k]; });
      if (src.deleted) m.note = "Copied from a message that was already deleted — real Telegram would refuse this copy.";
    } else {
      m.note = "Copy of message #" + p.message_id + " from chat " + p.from_chat_id + " (not on this page).";
    }
    if (p.caption !== undefined) { m.caption = p.caption; m.html = p.parse_mode === "HTML"; }
    m.kb = inlineKb(p.reply_markup);
    addBot(chat, m, p.reply_markup, actor);
  }
  function applyCall(call, actor) {
    var p = call.payload || {};
    var chat = p.chat_id != null ? String(p.chat_id) : "";
    var html = p.parse_mode === "HTML";
    switch (call.method) {
      case "sendMessage":
        return addBot(chat, { id: call.messageId, text: p.text, html: html, kb: inlineKb(p.reply_markup) }, p.reply_markup, actor);
      case "sendPhoto":
        return addBot(chat, { id: call.messageId, photo: typeof p.photo === "string" ? p.photo : "upload", caption: p.caption,
          html: html, kb: inlineKb(p.reply_markup) }, p.reply_markup, actor);
      case "sendDocument":
        return addBot(chat, { id: call.messageId, doc: typeof p.document === "string" ? p.document : "document",
          caption: p.caption, html: html, kb: inlineKb(p.reply_markup) }, p.reply_markup, actor);
      case "copyMessage":
        return copy(call, p, chat, actor);
      case "editMessageText":
        return edit(chat, p.message_id, function (m) { m.text = p.text; m.html = html; m.kb = inlineKb(p.reply_markup); });
      case "editMessageCaption":
        return edit(chat, p.message_id, function (m) { m.caption = p.caption; m.html = html; m.kb = inlineKb(p.reply_markup); });
      case "editMessageReplyMarkup":
        return edit(chat, p.message_id, function (m) { m.kb = inlineKb(p.reply_markup); });
      case "deleteMessage":
      case "deleteMessages":
        (p.message_ids || [p.message_id]).forEach(function (id) {
          var m = find(chat, id);
          if (m) { m.deleted = true; m.kb = null; dirty[chat] = true; }
        });
        return;
      case "answerCallbackQuery":
        if (p.text) toast(cbOwner[p.callback_query_id] || actor, p.text, !!p.show_alert);
        return;
      default:
        return; // sendChatAction, setMyCommands, …: nothing to show in a chat
    }
  }

  // ---- talking to the Worker ------------------------------------------------------------------
  function post(path, body) {
    return fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
      // A hung request would block the queue, and with it every persona.
      signal: AbortSignal.timeout(30000) })
      .then(function (r) {
        return r.text().then(function (t) {
          var data = null;
          try { data = JSON.parse(t); } catch (e) { data = null; }
          if (!r.ok || !data) {
            throw new Error("The Worker answered " + r.status + (data && data.error ? " (" + data.error + ")" : "") +
              " — see the terminal running wrangler.");
          }
          return data;
        });
      });
  }
  function run(task, onError) {
    busy(1);
    queue = queue.then(task).catch(onError).then(function () { busy(-1); flush(); save(); });
  }
  function enqueue(actor, label, makeUpdate) {
    run(function () {
      var update = Object.assign({ update_id: nextUpdateId() }, makeUpdate());
      flush();
      return post("/playground/api/update", { update: update, nextIds: state.nextIds }).then(function (res) {
        if (res.nextIds) state.nextIds = res.nextIds;
        (res.calls || []).forEach(function (call) { applyCall(call, actor); });
        if (res.kv) {
          var t = state.total;
          t.requests++;
          ["reads", "writes", "deletes", "lists"].forEach(function (k) { t[k] += res.kv[k] || 0; });
          var line = byId[actor].first_name + ": " + label + " → " + fmtKv(res.kv);
          document.getElementById("kv-last").textContent = "Last update (" + line + ")";
          state.kvLog = state.kvLog.concat([hhmm(Date.now()) + " " + line]).slice(-50);
          renderTotal();
          kvInChat(actor, res.kv);
        }
      });
    }, function (err) {
      push(actor, { sys: "Error: " + err.message, kind: "error" });
    });
  }
  // Consecutive updates answered by edits would stack identical lines: sum them into one.
  function kvInChat(actor, kv) {
    var list = state.chats[actor] || [];
    var last = list[list.length - 1];
    if (!last || last.kind !== "kv" || !last.kv) last = push(actor, { kind: "kv", kv: zeroKv(), n: 0 });
    last.n++;
    ["reads", "writes", "deletes", "lists"].forEach(function (k) { last.kv[k] += kv[k] || 0; });
    var k = last.kv;
    last.sys = (last.n > 1 ? last.n + " updates · KV: " : "KV: ") + plural(k.reads, "read") + " · " + plural(k.writes, "write") +
      " · " + plural(k.lists, "list") + (k.deletes ? " · " + plural(k.deletes, "delete") : "");
    dirty[actor] = true;
  }
  function sendText(chat, text) {
    var m = push(chat, { who: "user", text: text, t: Date.now(), pending: true });
    flush();
    enqueue(chat, short(text), function () {
      var p = byId[chat];
      m.id = takeId(chat);
      m.pending = false;
      var message = { message_id: m.id, date: nowSec(), chat: chatOf(p), from: userOf(p), text: text };
      var cmd = /^\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?/.exec(text);
      if (cmd) message.entities = [{ type: "bot_command", offset: 0, length: cmd[0].length }];
      dirty[chat] = true;
      return { message: message };
    });
  }
  function press(chat, m, button) {
    var p = byId[chat];
    enqueue(chat, "taps “" + short(button.text) + "”", function () {
      var qid = "pg-cb-" + (++state.cbN);
      cbOwner[qid] = chat;
      var message = { message_id: m.id, date: Math.floor(m.t / 1000), chat: chatOf(p) };
      if (m.photo) {
        message.photo = [{ file_id: m.photo, file_unique_id: "u-" + m.photo, width: 1, height: 1 }];
        if (m.caption) message.caption = m.caption;
      } else {
        message.text = m.text;
      }
      if (m.kb) message.reply_markup = { inline_keyboard: m.kb };
      return { callback_query: { id: qid, from: userOf(p), chat_instance: "pg-" + p.id, data: button.callback_data, message: message } };
    });
  }
  // Real phones send large photos; a small JPEG keeps localStorage (a few MB) from filling up.
  function shrink(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onerror = reject;
      reader.onload = function () {
        var img = new Image();
        img.onerror = reject;
        img.onload = function () {
          var scale = Math.min(1, 800 / Math.max(img.width, img.height));
          var w = Math.max(1, Math.round(img.width * scale)), h = Math.max(1, Math.round(img.height * scale));
          var canvas = el("canvas", { width: w, height: h });
          var g = canvas.getContext("2d");
          g.fillStyle = "#fff";
          g.fillRect(0, 0, w, h);
          g.drawImage(img, 0, 0, w, h);
          var url = canvas.toDataURL("image/jpeg", 0.82);
          resolve({ url: url, w: w, h: h, size: Math.round(url.length * 0.75) });
        };
        img.src = reader.result;
      };
      reader.readAsDataURL(file);
    });
  }
  function sendPhoto(chat, file) {
    var input = cols[chat].input;
    var caption = input.value.trim();
    input.value = "";
    shrink(file).then(function (img) {
      var n = ++state.photoN, fid = "pg-photo-" + n;
      state.files[fid] = img.url;
      var m = push(chat, { who: "user", photo: fid, caption: caption || undefined, t: Date.now(), pending: true });
      flush();
      enqueue(chat, "photo", function () {
        var p = byId[chat];
        m.id = takeId(chat);
        m.pending = false;
        dirty[chat] = true;
        var message = { message_id: m.id, date: nowSec(), chat: chatOf(p), from: userOf(p),
          photo: [{ file_id: fid, file_unique_id: "pg-unique-" + n, width: img.w, height: img.h, file_size: img.size }] };
        if (caption) message.caption = caption;
        return { message: message };
      });
    }, function () { toast(chat, "That file could not be read as an image."); });
  }
  function runCron() {
    run(function () {
      return post("/playground/api/scheduled", { nextIds: state.nextIds }).then(function (res) {
        if (res.nextIds) state.nextIds = res.nextIds;
        var calls = res.calls || [];
        calls.forEach(function (call) { applyCall(call, null); });
        var jobs = (res.report && res.report.jobs) || [];
        var names = jobs.map(function (j) { return typeof j === "string" ? j : j.name || JSON.stringify(j); });
        document.getElementById("kv-last").textContent = "Cron ran " + (names.length ? names.join(", ") : "(no jobs yet)") +
          " → " + plural(calls.length, "Bot API call") + (res.kv ? " · " + fmtKv(res.kv) : "");
      });
    }, function (err) { document.getElementById("kv-last").textContent = "Cron failed: " + err.message; });
  }
  function openSchoolLink() {
    var student = PERSONAS.filter(function (p) { return p.role === "student"; })[0];
    var dl = school.link && deepLink(school.link);
    sendText(String(student.id), "/start " + (dl ? dl.payload : "s-" + school.code));
  }

  // ---- the deep-link menu: a t.me/<bot>?start=… link can be opened by any persona -------------
  function closeMenu() { if (openMenu) { openMenu.remove(); openMenu = null; } }
  function openUrl(url, anchor) {
    var dl = deepLink(url);
    if (!dl) { window.open(url, "_blank", "noopener"); return; }
    closeMenu();
    var items = PERSONAS.map(function (p) {
      return el("button", { type: "button", role: "menuitem", text: p.first_name + " (" + ROLE[p.role] + ")", onclick: function () {
        closeMenu();
        activate(String(p.id));
        sendText(String(p.id), "/start " + dl.payload);
      } });
    });
    var menu = el("div", { class: "menu", role: "menu", "aria-label": "Open the link as" }, [el("p", { text: "Open this link in Telegram as…" })].concat(items));
    document.body.append(menu);
    var r = anchor.getBoundingClientRect();
    menu.style.left = Math.max(8, Math.min(r.left, innerWidth - menu.offsetWidth - 8)) + "px";
    menu.style.top = (r.bottom + 4 + menu.offsetHeight > innerHeight ? Math.max(8, r.top - menu.offsetHeight - 4) : r.bottom + 4) + "px";
    openMenu = menu;
    items[0].focus();
  }
  document.addEventListener("click", function (e) {
    if (openMenu && !openMenu.contains(e.target) && !e.target.closest(".deeplink, .inline-btn.url")) closeMenu();
  }, true);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") closeMenu(); });

  // ---- building the page ----------------------------------------------------------------------
  function autoGrow() { this.style.height = "auto"; this.style.height = Math.min(this.scrollHeight, 120) + "px"; }
  function buildColumn(p) {
    var id = String(p.id);
    var full = p.first_name + (p.last_name ? " " + p.last_name : "");
    var select = el("select", { "aria-label": "Telegram language of " + p.first_name,
      title: "Telegram language: " + LANGS.map(function (l) { return l[0] + " " + l[1]; }).join(", ") },
      LANGS.map(function (l) { return el("option", { value: l[0], text: l[0].toUpperCase(), title: l[1] }); }));
    select.value = state.langs[id] || p.language_code;
    select.addEventListener("change", function () { state.langs[id] = select.value; save(); });
    var header = el("header", null, [
      el("div", { class: "avatar", "aria-hidden": "true", text: p.first_name.charAt(0) }),
      el("div", { class: "who" }, [
        el("div", { class: "name", text: full, title: (p.username ? "@" + p.username + " · " : "") + "Telegram id " + p.id }),
        el("div", { class: "role", text: ROLE[p.role] })
      ]),
      el("label", { class: "lang" }, ["Language", select])
    ]);
    var chat = el("div", { class: "chat", role: "log", "aria-label": "Chat of " + p.first_name, tabindex: "0" });
    var input = el("textarea", { rows: "1", "data-testid": "input", placeholder: "Message",
      "aria-label": "Message to the bot as " + p.first_name });
    input.addEventListener("input", autoGrow);
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); }
    });
    function submit() {
      var text = input.value.trim();
      if (!text) return;
      input.value = "";
      autoGrow.call(input);
      sendText(id, text);
    }
    var file = el("input", { type: "file", accept: "image/*", class: "sr-only", tabindex: "-1", "aria-hidden": "true",
      "data-testid": "photo-input" });
    file.addEventListener("change", function () { if (file.files[0]) sendPhoto(id, file.files[0]); file.value = ""; });
    var composer = el("div", { class: "composer" }, [
      el("button", { type: "button", class: "icon-btn", "data-testid": "attach", "aria-label": "Send a photo",
        title: "Send a photo (the text in the box becomes its caption)", onclick: function () { file.click(); } }, [icon("clip")]),
      file, input,
      el("button", { type: "button", class: "send", "data-testid": "send", text: "Send", onclick: submit })
    ]);
    var replykb = el("div", { class: "replykb" });
    var kids = [header];
    if (p.role === "student") {
      kids.push(el("button", { type: "button", class: "qr", "data-testid": "open-school-link", onclick: openSchoolLink }, [
        icon("qr"),
        el("span", null, ["Open the school's link (QR code)", el("small", { text: "as if scanning the poster at school" })])
      ]));
    }
    kids.push(chat, replykb, composer);
    var section = el("section", { class: "col", id: "col-" + id, "data-persona": p.role, "aria-label": full + ", " + ROLE[p.role],
      style: "--role: var(--" + p.role + ")" }, kids);
    var badge = el("span", { class: "badge", "aria-label": "unread" });
    var tab = el("button", { type: "button", class: "tab", role: "tab", "aria-controls": "col-" + id,
      onclick: function () { activate(id); } }, [p.first_name + " · " + SHORT[p.role], badge]);
    cols[id] = { section: section, chat: chat, input: input, replykb: replykb, tab: tab, badge: badge };
    document.getElementById("cols").append(section);
    document.getElementById("tabs").append(tab);
  }

  PERSONAS.forEach(buildColumn);
  PERSONAS.forEach(function (p) { renderChat(String(p.id)); });
  renderTabs();
  renderOthers();
  renderTotal();
  renderSchool();
  var toggle = document.getElementById("kv-toggle");
  toggle.checked = !state.hideKv;
  document.body.classList.toggle("hide-kv", !!state.hideKv);
  toggle.addEventListener("change", function () {
    state.hideKv = !toggle.checked;
    document.body.classList.toggle("hide-kv", state.hideKv);
    save();
  });
  document.getElementById("run-cron").addEventListener("click", runCron);
  document.getElementById("reset").addEventListener("click", function () {
    // Message and update ids keep counting: the bot may remember ids it sent before the reset.
    var keep = { nextIds: state.nextIds, lastUpdateId: state.lastUpdateId, cbN: state.cbN, photoN: state.photoN,
      langs: state.langs, active: state.active, hideKv: state.hideKv };
    state = Object.assign(fresh(), keep);
    PERSONAS.forEach(function (p) { renderChat(String(p.id)); });
    renderOthers();
    renderTotal();
    renderTabs();
    document.getElementById("kv-last").textContent = "Chats cleared. What the bot stored in KV is kept.";
    save();
  });
  post("/playground/api/seed", {}).then(function (res) {
    school = Object.assign({}, school, res.school);
    renderSchool();
    document.body.setAttribute("data-ready", "true");
  }, function (err) {
    document.getElementById("school").textContent = "Could not reach the Worker: " + err.message;
  });
})();
`;
