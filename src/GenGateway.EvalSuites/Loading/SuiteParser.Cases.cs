using System.Globalization;
using System.Text.Json.Nodes;
using GenGateway.Core.Validation;
using GenGateway.EvalSuites.Assertions;
using GenGateway.EvalSuites.Model;
using YamlDotNet.RepresentationModel;

namespace GenGateway.EvalSuites.Loading;

/// <summary><c>defaultTest:</c>, <c>tests:</c> (inline or <c>file://</c>) and the case each entry becomes.</summary>
internal sealed partial class SuiteParser
{
    private static readonly RequestValidator Validator = new(new RequestLimits());

    private CaseDefaults ParseDefaults(YamlNode node, SuiteOptions options)
    {
        if (_y.Map(node, "defaultTest") is not { } map)
        {
            return CaseDefaults.Empty;
        }

        _y.OnlyKeys(map, "defaultTest", "vars", "assert", "threshold", "passRate", "profile", "options");
        ProviderSpec? judge = null;
        if (Child(map, "options") is { } optionsNode && _y.Map(optionsNode, "defaultTest.options") is { } testOptions)
        {
            // promptfoo names the grading model here.
            _y.OnlyKeys(testOptions, "defaultTest.options", "provider");
            judge = Child(testOptions, "provider") is { } p ? ParseProvider(p, options) : null;
        }

        return new CaseDefaults
        {
            Vars = Child(map, "vars") is { } v && _y.Map(v, "defaultTest.vars") is not null ? RequestBinder.Expand(VarsOf(YamlReader.ToJson(v))) : [],
            Assertions = Child(map, "assert") is { } a ? ParseAssertions(a, _y) : [],
            Threshold = Child(map, "threshold") is { } t ? _y.Number(t, "defaultTest.threshold", 0, 1) : null,
            PassRate = Child(map, "passRate") is { } r ? _y.Number(r, "defaultTest.passRate", 0, 1) ?? options.PassRate : options.PassRate,
            Profile = Child(map, "profile") is { } profile ? ParseProfile(profile, _y, _directory) : null,
            Judge = judge,
        };
    }

    private void ParseTests(YamlNode node, YamlReader reader, string directory)
    {
        if (node is YamlScalarNode { Value: { } reference } && reference.StartsWith("file://", StringComparison.Ordinal))
        {
            LoadTestsFile(Path.GetFullPath(Path.Combine(directory, reference["file://".Length..])), reader.At(node));
            return;
        }

        if (reader.Sequence(node, "tests") is not { } list)
        {
            return;
        }

        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { } itemReference } && itemReference.StartsWith("file://", StringComparison.Ordinal))
            {
                LoadTestsFile(Path.GetFullPath(Path.Combine(directory, itemReference["file://".Length..])), reader.At(item));
            }
            else if (reader.Map(item, "a test") is { } test)
            {
                ParseTest(test, reader, directory);
            }
        }
    }

    private void LoadTestsFile(string path, SourceLocation referencedAt)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".yaml" or ".yml")
        {
            if (Directory.Exists(path))
            {
                _errors.Add(new SuiteError(referencedAt, $"tests file '{path}' is a folder; name a .yaml file"));
                return;
            }

            if (!File.Exists(path))
            {
                _errors.Add(new SuiteError(referencedAt, $"tests file '{path}' does not exist"));
                return;
            }

            var reader = new YamlReader(path, _errors);
            if (reader.Parse(File.ReadAllText(path)) is { } root)
            {
                ParseTests(root, reader, Path.GetDirectoryName(path)!);
            }

            return;
        }

        // promptfoo's CSV/JSONL test files: columns are vars, __expected* are assertions, __description names the case.
        foreach (var row in DatasetReader.Read(path, referencedAt, _errors))
        {
            var at = new SourceLocation(path, row.Line);
            var vars = new JsonObject();
            var assertions = new List<AssertionSpec>();
            string? description = null;
            foreach (var (column, value) in row.Columns)
            {
                var text = value is null ? string.Empty : AssertionValues.Scalar(value);
                if (column.StartsWith("__expected", StringComparison.Ordinal))
                {
                    if (text.Length > 0 && ExpectedShorthand(text, at) is { } spec)
                    {
                        assertions.Add(spec);
                    }
                }
                else if (column == "__description")
                {
                    description = text;
                }
                else if (!column.StartsWith("__", StringComparison.Ordinal))
                {
                    vars[column] = value?.DeepClone();
                }
            }

            AddCase(description, vars, at, assertions, null, null, null, at);
        }
    }

    /// <summary>promptfoo's <c>__expected</c> cell: <c>type: value</c> for a known type, else the text must equal the output.</summary>
    private AssertionSpec? ExpectedShorthand(string text, SourceLocation at)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && AssertionCatalog.Resolve(text[..colon]) is { } resolved)
        {
            var raw = text[(colon + 1)..].Trim();
            JsonNode? value = resolved.Type is "min-length" or "max-length" or "min-words" or "max-words" or "candidate-count"
                && long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(raw);
            var threshold = resolved.Type is "latency" or "cost" && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : (double?)null;
            return new AssertionSpec { Type = resolved.Type, Negated = resolved.Negated, Value = threshold is null ? value : null, Threshold = threshold, Location = at };
        }

        if (colon > 0 && !text[..colon].Contains(' ', StringComparison.Ordinal) && text[..colon].Contains('-', StringComparison.Ordinal))
        {
            _errors.Add(new SuiteError(at, $"__expected assertion type '{text[..colon]}' is not supported; known: {string.Join(", ", AssertionCatalog.Names)}"));
            return null;
        }

        return new AssertionSpec { Type = "equals", Value = JsonValue.Create(text), Location = at };
    }

    private void ParseTest(YamlMappingNode test, YamlReader reader, string directory)
    {
        reader.OnlyKeys(test, "a test", "description", "vars", "assert", "threshold", "passRate", "profile", "options");
        if (Child(test, "options") is { } ignored)
        {
            reader.Error(ignored, "per-test options are not supported; set the judge with the suite's 'judge:'");
        }

        var description = Child(test, "description") is { } d ? reader.String(d, "description") : null;
        var varsNode = Child(test, "vars");
        var vars = varsNode is not null && reader.Map(varsNode, "vars") is not null ? VarsOf(YamlReader.ToJson(varsNode)) : [];
        var assertions = Child(test, "assert") is { } a ? ParseAssertions(a, reader) : [];
        var threshold = Child(test, "threshold") is { } t ? reader.Number(t, "threshold", 0, 1) : null;
        var passRate = Child(test, "passRate") is { } r ? reader.Number(r, "passRate", 0, 1) : null;
        var profile = Child(test, "profile") is { } p ? ParseProfile(p, reader, directory) : null;
        AddCase(description, vars, varsNode is null ? reader.At(test) : reader.At(KeyOf(test, "vars")), assertions, threshold, passRate, profile, reader.At(test));
    }

    private void AddCase(string? description, JsonObject vars, SourceLocation varsAt, IReadOnlyList<AssertionSpec> assertions,
        double? threshold, double? passRate, ProfileFixture? profile, SourceLocation at)
    {
        var merged = RequestBinder.Merge(_defaults.Vars, RequestBinder.Expand(vars));
        profile ??= _defaults.Profile;
        if (profile is not null)
        {
            if (merged["userId"] is { } userId && AssertionValues.Scalar(userId) != profile.UserId)
            {
                _errors.Add(new SuiteError(varsAt, $"vars.userId '{AssertionValues.Scalar(userId)}' differs from the profile fixture's userId '{profile.UserId}'"));
            }

            merged["userId"] = profile.UserId;
        }

        var (request, requestJson, bindError) = _taskKnown ? RequestBinder.Bind(_task, merged) : default;
        if (bindError is not null)
        {
            _errors.Add(new SuiteError(varsAt, $"{bindError}; {RequestBinder.NameOf(_task)} fields: {string.Join(", ", RequestBinder.Fields(_task))}"));
            return;
        }

        if (_taskKnown)
        {
            foreach (var error in Validator.Validate(request!))
            {
                _errors.Add(new SuiteError(varsAt, $"vars.{error.Field}: {error.Message}"));
            }
        }

        var flat = RequestBinder.Flatten(merged);
        var missing = new List<string>();
        var rendered = new List<AssertionSpec>();
        foreach (var spec in _defaults.Assertions.Concat(assertions))
        {
            missing.Clear();
            var concrete = spec with { Value = Templates.Render(spec.Value, flat, missing) };
            if (missing.Count > 0)
            {
                _errors.Add(new SuiteError(spec.Location, $"{{{{{missing[0]}}}}} names no var of this case (vars: {string.Join(", ", flat.Keys.Where(k => !k.Contains('.', StringComparison.Ordinal)))})"));
            }
            else if (AssertionCatalog.Validate(concrete) is { } problem)
            {
                _errors.Add(new SuiteError(spec.Location, problem));
            }

            rendered.Add(concrete);
        }

        if (!_taskKnown)
        {
            // The suite's prompt is already reported; its assertions were checked, and no case can be built.
            return;
        }

        missing.Clear();
        var name = description is null ? null : Templates.Render(description, flat, missing);
        _cases.Add(new EvalCase
        {
            Description = string.IsNullOrWhiteSpace(name) ? $"case {(_cases.Count + 1).ToString(CultureInfo.InvariantCulture)}" : name,
            Request = request!,
            RequestJson = requestJson,
            Vars = flat,
            Assertions = rendered,
            Threshold = threshold ?? _defaults.Threshold,
            PassRate = passRate ?? _defaults.PassRate,
            Profile = profile,
            Location = at,
        });
    }
}
