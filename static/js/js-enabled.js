// Loaded at the top of <body>, before anything is drawn: NHS.UK frontend styles its
// interactive components only once the page says its script will run. An external file
// rather than inline code, so the Content-Security-Policy needs no nonce or hash for it.
document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) {
  document.body.classList.add("nhsuk-frontend-supported");
}
