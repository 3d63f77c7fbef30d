using BenchmarkDotNet.Attributes;
using GenGateway.Core.Chat;
using GenGateway.Core.Generation;
using GenGateway.Core.Personalization;
using GenGateway.Core.Prompts;
using GenGateway.Core.Requests;
using GenGateway.Core.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace GenGateway.Benchmarks.Core;

/// <summary>
/// What generating through SK adds per model call: a shipped prompt rendered, parsed into messages and invoked through
/// the gateway's Kernel on an instant <see cref="IChatClient"/>, against the baseline of handing the same messages to
/// that client directly. The parts (render only; a tag-free prompt, which skips SK's XML message parsing) say where
/// the cost goes.
/// </summary>
[MemoryDiagnoser]
public class KernelInvocationBenchmarks
{
    private const string Provider = "fast";

    private static readonly SubjectLineRequest Request = new()
    {
        Count = 3,
        Tone = "friendly",
        Brief = new Brief { Campaign = "Winter sale", Product = "winter coats", Offer = "20% off", Audience = "returning customers", Facts = ["Sale ends Sunday"] },
    };

    private readonly InstantChatClient _client = new();
    private readonly Dictionary<string, object> _hints = new(StringComparer.Ordinal) { [CandidateFormat.CountKey] = 3, [CandidateFormat.MaxLengthKey] = 78 };
    private PromptLibrary _prompts = null!;
    private Kernel _kernel = null!;
    private ModelRoute _route = null!;
    private IReadOnlyDictionary<string, object?> _subjectValues = null!;
    private IReadOnlyDictionary<string, object?> _replyValues = null!;
    private IReadOnlyDictionary<string, object?> _judgeValues = null!;
    private List<ChatMessage> _directMessages = null!;
    private ChatOptions _directOptions = null!;
    private IPromptTemplate _subjectTemplate = null!;
    private PromptFunction _plain = null!;

    [GlobalSetup]
    public void Setup()
    {
        _prompts = PromptLibrary.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "prompts"));
        var services = new ServiceCollection();
        services.AddKeyedSingleton<IChatClient>(Provider, _client);
        _kernel = new Kernel(services.BuildServiceProvider());
        _route = new ModelRoute(Provider, "instant", _client);
        _subjectValues = new SubjectLineTask().Variables(Request, PersonalizationContext.ColdStart, 3);
        var thread = new SmartReplyRequest { Thread = [new ThreadMessage { From = "ana@example.com", Text = "Can we meet Friday at 3?", SentAt = DateTimeOffset.Parse("2026-11-20T09:15:00Z", System.Globalization.CultureInfo.InvariantCulture) }] };
        _replyValues = new SmartReplyTask(new GenGateway.Core.Tasks.Replies.ReplySelector(GenGateway.Storage.Embeddings.MiniLmEmbeddingGenerator.Shared, GenGateway.Evaluation.Relevance.ReplyRelevanceModel.BuiltIn)).Variables(thread, PersonalizationContext.ColdStart, 3);
        _judgeValues = new Dictionary<string, object?> { ["grounding"] = "- Winter sale\n- 20% off\n- Sale ends Sunday", ["candidate"] = "Winter coats, 20% off" };

        // The baseline gets the messages SK produces for the subject-line prompt, built once.
        var sent = new InstantChatClient();
        var probe = new ServiceCollection();
        probe.AddKeyedSingleton<IChatClient>(Provider, sent);
        GatewayKernel.InvokeAsync(new Kernel(probe.BuildServiceProvider()), _prompts.Get("subject-lines"), _route,
            _prompts.Arguments("subject-lines", _subjectValues), _hints, CancellationToken.None).GetAwaiter().GetResult();
        _directMessages = [.. sent.LastMessages];
        _directOptions = new ChatOptions { ModelId = "instant", Temperature = 0.7f, MaxOutputTokens = 400, Seed = 42, AdditionalProperties = new(_hints!) };

        var config = _prompts.Get("subject-lines").Config;
        _subjectTemplate = PromptTemplateFormats.FactoryFor(config).Create(config);
        _plain = PromptFileParser.Parse("plain.yaml", "name: plain\ntemplate: 'Write {{$count}} subject lines for {{$product}}.'\ninput_variables:\n  - name: count\n  - name: product\n").Function!;
    }

    [Benchmark(Baseline = true, Description = "direct IChatClient call (messages prebuilt)")]
    public Task<ChatResponse> Direct() => _client.GetResponseAsync(_directMessages, _directOptions);

    [Benchmark(Description = "Kernel: subject-lines (render+parse+invoke)")]
    public Task<FunctionResult> SubjectLines() => Invoke("subject-lines", _subjectValues);

    [Benchmark(Description = "Kernel: smart-replies, handlebars")]
    public Task<FunctionResult> SmartReplies() => Invoke("smart-replies", _replyValues);

    [Benchmark(Description = "Kernel: judge-groundedness")]
    public Task<FunctionResult> JudgeGroundedness() => Invoke("judge-groundedness", _judgeValues);

    [Benchmark(Description = "part: render subject-lines only")]
    public Task<string> RenderOnly() => _subjectTemplate.RenderAsync(_kernel, new KernelArguments(_prompts.Arguments("subject-lines", _subjectValues)));

    [Benchmark(Description = "part: Kernel, prompt without message tags")]
    public Task<FunctionResult> NoMessageTags() =>
        GatewayKernel.InvokeAsync(_kernel, _plain, _route, new KernelArguments { ["count"] = "3", ["product"] = "coats" }, _hints, CancellationToken.None);

    private Task<FunctionResult> Invoke(string name, IReadOnlyDictionary<string, object?> values) =>
        GatewayKernel.InvokeAsync(_kernel, _prompts.Get(name), _route, _prompts.Arguments(name, values), _hints, CancellationToken.None);

    private sealed class InstantChatClient : IChatClient
    {
        private static readonly ChatClientMetadata Metadata = new("instant", defaultModelId: "instant");
        private readonly ChatResponse _answer = new(new ChatMessage(ChatRole.Assistant, "[\"Winter coats, 20% off\"]"));

        public IList<ChatMessage> LastMessages { get; private set; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            LastMessages = messages as IList<ChatMessage> ?? [.. messages];
            return Task.FromResult(_answer);
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            // A streamed answer is the same answer, in one update.
            foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
            {
                yield return update;
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => serviceType == typeof(ChatClientMetadata) ? Metadata : null;

        public void Dispose()
        {
        }
    }
}
