// node-llama-cpp side of scripts/llama/bench.sh: evaluates the same prompt tokens on the same GGUF with the same
// thread count, greedy, and prints prompt and generation tokens/s as one JSON line per run.
//   node bench-node.mjs <node_modules dir> <model.gguf> <prompt-tokens.json> <gen tokens> <threads> <context> <runs>
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import path from "node:path";

const [nodeModules, modelPath, tokensPath, genArg, threadsArg, contextArg, runsArg] = process.argv.slice(2);
const { getLlama, LlamaLogLevel } = await import(pathToFileURL(path.join(nodeModules, "node-llama-cpp", "dist", "index.js")).href);

// flashAttention "auto" is llama.cpp's own default, which the C# binding keeps.
// build: "never" and gpu: false make node-llama-cpp use the prebuilt @node-llama-cpp/linux-x64 binaries (the same
// libllama/libggml files the C# binding loads) and never compile or download anything.
const llama = await getLlama({ gpu: false, build: "never", usePrebuiltBinaries: true, logLevel: LlamaLogLevel.error, progressLogs: false });
const model = await llama.loadModel({ modelPath, gpuLayers: 0 });
const prompt = JSON.parse(readFileSync(tokensPath, "utf8"));
const generate = Number(genArg);
const threads = Number(threadsArg);
const contextSize = Number(contextArg);

// One unreported run first, as on the C# side, so first-use work is not in the figures.
for (let run = -1; run < Number(runsArg); run++) {
  const context = await model.createContext({ contextSize, batchSize: 512, threads, sequences: 1, flashAttention: "auto" });
  const sequence = context.getSequence();
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const cpuStart = cpu();
  const start = process.hrtime.bigint();
  let first = 0n;
  let cpuFirst = 0;
  let count = 0;
  for await (const token of sequence.evaluate(prompt, { temperature: 0 })) {
    count++;
    if (count === 1) { first = process.hrtime.bigint(); cpuFirst = cpu(); }
    if (count >= generate) break;
  }
  const end = process.hrtime.bigint();
  const cpuEnd = cpu();
  const ttft = Number(first - start) / 1e9;
  const rest = Number(end - first) / 1e9;
  if (run >= 0) console.log(JSON.stringify({ binding: "node-llama-cpp", promptTokens: prompt.length, outputTokens: count,
    promptTps: prompt.length / ttft, genTps: (count - 1) / rest,
    promptCpuTps: prompt.length / (cpuFirst - cpuStart), genCpuTps: (count - 1) / (cpuEnd - cpuFirst) }));
  await context.dispose();
}
await model.dispose();
await llama.dispose();
