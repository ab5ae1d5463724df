/** The summary dialog's page: title and lines from the query string, and an OK that closes it. */
function render(): void {
  const params = new URLSearchParams(window.location.search);
  const title = params.get('title') ?? 'NI Targets';
  document.title = `NI Targets: ${title}`;
  const heading = document.getElementById('title');
  if (heading) heading.textContent = title;
  const body = document.getElementById('lines');
  for (const line of (params.get('text') ?? '').split('\n')) {
    const p = document.createElement('p');
    p.textContent = line; // text only: the query string is never read as HTML
    body?.appendChild(p);
  }
  const ok = document.getElementById('ok');
  const no = document.getElementById('no');
  const yes = params.get('yes');
  if (yes && ok && no) {
    // a question: the go-ahead button is named for what it does, and Cancel (focused first) does nothing
    ok.textContent = yes;
    no.hidden = false;
    ok.addEventListener('click', () => Office.context.ui.messageParent('yes'));
    no.addEventListener('click', () => Office.context.ui.messageParent('no'));
    no.focus();
    return;
  }
  ok?.addEventListener('click', () => Office.context.ui.messageParent('close'));
  ok?.focus();
}

void Office.onReady(render);
