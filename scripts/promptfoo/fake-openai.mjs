// A loopback fake of the OpenAI chat completions API for the interop check and the benchmark.
// It answers instantly with a JSON array of three subject lines built from the "Product:" and "Offer:" lines of the
// prompt, so the gateway and promptfoo see the same answer for the same case. The lines state only the brief's own
// offer: an invented discount would be dropped by the gateway's grounding check and cost it a top-up call that
// promptfoo never makes. Prints "listening <port>" when ready.
// Usage: node fake-openai.mjs [port]   (0 or nothing picks a free port)
import http from 'node:http';

const port = Number(process.argv[2] ?? 0);
let requests = 0;

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":{"message":"not found"}}');
    return;
  }
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    requests++;
    let product = 'our products';
    let offer = 'new this week';
    try {
      const messages = JSON.parse(body).messages ?? [];
      const text = messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n');
      const match = /Product:[ \t]*([^\n]+)/.exec(text);
      if (match && match[1].trim().length > 0) product = match[1].trim();
      const offerMatch = /Offer:[ \t]*([^\n<]+)/.exec(text);
      if (offerMatch && offerMatch[1].trim().length > 0) offer = offerMatch[1].trim();
    } catch {
      // A body that is not JSON still gets an answer; the caller's own checks decide.
    }
    const content = JSON.stringify([
      `${product}: ${offer}`,
      `New arrivals in ${product}`,
      `Your ${product} picks are waiting`,
    ]);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({
      id: `chatcmpl-${requests}`,
      object: 'chat.completion',
      created: 1700000000,
      model: 'fake-model',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 50, completion_tokens: 20, total_tokens: 70 },
    }));
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});

// Stop by itself after an hour so a crashed caller never leaves it running.
setTimeout(() => process.exit(0), 3600_000).unref();
process.on('SIGTERM', () => server.close(() => process.exit(0)));
