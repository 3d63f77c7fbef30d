using System.Text.Json.Nodes;
using GenGateway.Core.Requests;
using GenGateway.EvalSuites.Model;
using YamlDotNet.RepresentationModel;

namespace GenGateway.EvalSuites.Loading;

/// <summary>
/// Parses one suite file. Every problem is recorded with file and line and parsing goes on, so an evaluator sees
/// all of them at once; the suite is returned only when there were none.
/// </summary>
internal sealed partial class SuiteParser
{
    private static readonly string[] TopLevelKeys = ["description", "prompt", "providers", "defaultTest", "tests", "dataset", "judge", "options"];

    private readonly YamlReader _y;
    private readonly List<SuiteError> _errors;
    private readonly string _directory;
    private readonly List<EvalCase> _cases = [];
    private TaskKind _task;
    private bool _taskKnown = true;
    private CaseDefaults _defaults = CaseDefaults.Empty;
    private ProviderSpec? _judge;

    private SuiteParser(string path, List<SuiteError> errors)
    {
        _errors = errors;
        _y = new YamlReader(path, errors);
        _directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
    }

    /// <summary>Parses <paramref name="text"/> read from <paramref name="path"/>; null when any error was recorded.</summary>
    public static EvalSuite? Parse(string path, string text, List<SuiteError> errors)
    {
        var before = errors.Count;
        var suite = new SuiteParser(path, errors).ParseSuite(text);
        return errors.Count == before ? suite : null;
    }

    private EvalSuite? ParseSuite(string text)
    {
        if (_y.Parse(text) is not { } rootNode || _y.Map(rootNode, "a suite") is not { } root)
        {
            return null;
        }

        if (Child(root, "prompts") is { } rawPrompts)
        {
            _y.Error(rawPrompts, "promptfoo's 'prompts:' (raw prompt text) has no meaning here: name the gateway's prompt function with 'prompt: subject-lines' (or smart-replies, ui-copy)");
            root.Children.Remove(new YamlScalarNode("prompts"));
        }

        _y.OnlyKeys(root, "the suite", TopLevelKeys);
        var prompt = Child(root, "prompt") is { } promptNode ? ParsePrompt(promptNode) : MissingPrompt(root);
        // Without a task the cases' vars cannot be bound, but everything else is still read, so one run names every
        // problem of the suite.
        _taskKnown = prompt is not null;

        var options = Child(root, "options") is { } optionsNode ? ParseOptions(optionsNode) : SuiteOptions.Default;
        var providers = Child(root, "providers") is { } providersNode ? ParseProviders(providersNode, options) : [ProviderSpec.Rules(_y.At(root))];
        if (Child(root, "defaultTest") is { } defaultNode)
        {
            _defaults = ParseDefaults(defaultNode, options);
        }
        else
        {
            _defaults = CaseDefaults.Empty with { PassRate = options.PassRate };
        }

        _judge = Child(root, "judge") is { } judgeNode ? ParseProvider(judgeNode, options) : _defaults.Judge;
        if (Child(root, "tests") is { } testsNode)
        {
            ParseTests(testsNode, _y, _directory);
        }

        if (Child(root, "dataset") is { } datasetNode)
        {
            foreach (var item in datasetNode is YamlSequenceNode list ? list.Children : [datasetNode])
            {
                ParseDataset(item);
            }
        }

        if (_cases.Count == 0 && Child(root, "tests") is null && Child(root, "dataset") is null)
        {
            _y.Error(root, "the suite has no cases: add 'tests:' (a list, or file://cases.yaml|csv|jsonl) or 'dataset:'");
        }

        CheckJudge();
        if (prompt is null)
        {
            return null;
        }

        return new EvalSuite
        {
            Name = Path.GetFileNameWithoutExtension(_y.File),
            Description = Child(root, "description") is { } d ? _y.String(d, "description") : null,
            FilePath = _y.File,
            Task = _task,
            Prompt = prompt,
            Providers = providers,
            Judge = _judge,
            Cases = Unique(_cases),
            RulesFallback = options.RulesFallback,
            Temperature = options.Temperature,
        };
    }

    private SuitePrompt? MissingPrompt(YamlMappingNode root)
    {
        _y.Error(root, "the suite needs 'prompt:', the gateway prompt function to run (subject-lines, smart-replies or ui-copy)");
        return null;
    }

    private SuitePrompt? ParsePrompt(YamlNode node)
    {
        SuitePrompt? prompt;
        if (node is YamlScalarNode scalar)
        {
            // "subject-lines@3f2a9c" pins a version, like a package reference.
            var parts = (scalar.Value ?? string.Empty).Split('@', 2);
            prompt = new SuitePrompt { Name = parts[0].Trim(), Version = parts.Length > 1 ? parts[1].Trim() : null, Location = _y.At(node) };
        }
        else if (_y.Map(node, "prompt") is { } map)
        {
            _y.OnlyKeys(map, "prompt", "name", "version", "file", "template", "directory");
            var name = Child(map, "name") is { } n ? _y.String(n, "prompt.name") : null;
            if (name is null)
            {
                _y.Error(node, "prompt needs 'name:', the prompt function (subject-lines, smart-replies or ui-copy)");
                return null;
            }

            prompt = new SuitePrompt
            {
                Name = name,
                Version = Child(map, "version") is { } v ? _y.String(v, "prompt.version") : null,
                File = Child(map, "file") is { } f ? Resolve(_y.String(f, "prompt.file")) : null,
                Template = Child(map, "template") is { } t ? _y.String(t, "prompt.template") : null,
                Directory = Child(map, "directory") is { } dir ? Resolve(_y.String(dir, "prompt.directory")) : null,
                Location = _y.At(node),
            };
            if (prompt.File is not null && prompt.Template is not null)
            {
                _y.Error(node, "prompt takes 'file:' or 'template:', not both");
            }
        }
        else
        {
            return null;
        }

        if (RequestBinder.TaskFor(prompt.Name) is { } task)
        {
            _task = task;
            return prompt;
        }

        _y.Error(node, $"prompt '{prompt.Name}' is not a gateway task; use subject-lines, smart-replies or ui-copy");
        return null;
    }

    private SuiteOptions ParseOptions(YamlNode node)
    {
        if (_y.Map(node, "options") is not { } map)
        {
            return SuiteOptions.Default;
        }

        _y.OnlyKeys(map, "options", "passRate", "rulesFallback", "temperature");
        return new SuiteOptions(
            Child(map, "passRate") is { } p ? _y.Number(p, "options.passRate", 0, 1) ?? 1 : 1,
            Child(map, "rulesFallback") is { } r && (_y.Boolean(r, "options.rulesFallback") ?? false),
            Child(map, "temperature") is { } t ? _y.Number(t, "options.temperature", 0, 2) : null);
    }

    private void CheckJudge()
    {
        if (_judge is not null)
        {
            return;
        }

        foreach (var spec in _cases.SelectMany(c => c.Assertions).Where(a => a.Type == "llm-rubric").DistinctBy(a => a.Location))
        {
            _errors.Add(new SuiteError(spec.Location,
                "llm-rubric needs a judge model and none is configured: add 'judge: openai:<model>' to the suite (or promptfoo's defaultTest.options.provider)"));
        }
    }

    private static List<EvalCase> Unique(List<EvalCase> cases)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. cases.Select(c =>
        {
            var n = seen[c.Description] = seen.GetValueOrDefault(c.Description) + 1;
            return n == 1 ? c : c with { Description = $"{c.Description} #{n}" };
        })];
    }

    private static YamlNode KeyOf(YamlMappingNode map, string key) => map.Children.Keys.First(k => k is YamlScalarNode { Value: { } v } && v == key);

    private string? Resolve(string? relative) => relative is null ? null : Path.GetFullPath(Path.Combine(_directory, relative));

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static JsonObject VarsOf(JsonNode? node) => node as JsonObject ?? [];
}
