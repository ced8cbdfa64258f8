/** Served at / until the web UI is built into web/dist. */
export const START_PAGE = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kommune-ai</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
  h1 { color: #004993; }
  code { background: #f2f2f2; padding: .1rem .3rem; }
</style>
</head>
<body>
<main>
<h1>kommune-ai</h1>
<p>Kommunens fælles AI-platform kører. Medarbejdere får hjælp til at skabe, revidere og analysere tekster og til opslag i viden – med personoplysninger pseudonymiseret, hver brug registreret og mennesket som den, der træffer afgørelsen.</p>
<ul>
  <li><a href="/health">Driftsstatus</a></li>
  <li><a href="/openapi.json">API-beskrivelse (OpenAPI)</a></li>
  <li><a href="/register">Offentligt register over kommunens brug af AI</a></li>
</ul>
<p>Brugerfladen er ikke bygget. Kør <code>npm run build:web</code>.</p>
</main>
</body>
</html>`;
