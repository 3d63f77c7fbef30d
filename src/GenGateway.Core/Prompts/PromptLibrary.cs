using System.Collections.Frozen;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Prompts;

/// <summary>All prompt functions of a prompts folder, loaded, checked and turned into SK functions once at startup.</summary>
public sealed class PromptLibrary
{
    private readonly FrozenDictionary<string, PromptFunction> _functions;

    /// <summary>Wraps already-loaded functions.</summary>
    public PromptLibrary(IEnumerable<PromptFunction> functions)
    {
        _functions = functions.ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Names of the loaded functions.</summary>
    public IEnumerable<string> Names => _functions.Keys;

    /// <summary>
    /// Loads every <c>*.yaml</c> / <c>*.yml</c> file of a folder. Throws <see cref="PromptLoadException"/> listing
    /// every problem in every file, so a broken prompt stops startup with file and line.
    /// </summary>
    public static PromptLibrary LoadDirectory(string directory, IEnumerable<string>? requiredNames = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new PromptLoadException([new PromptError(directory, 0, 0, "prompts folder does not exist")]);
        }

        var errors = new List<PromptError>();
        var functions = new Dictionary<string, PromptFunction>(StringComparer.OrdinalIgnoreCase);
        var files = Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml")).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var (function, fileErrors) = PromptFileParser.Parse(file, File.ReadAllText(file));
            errors.AddRange(fileErrors);
            if (function is null)
            {
                continue;
            }

            if (!functions.TryAdd(function.Name, function))
            {
                errors.Add(new PromptError(file, 1, 1, $"prompt name '{function.Name}' is also used by {functions[function.Name].SourcePath}"));
            }
        }

        foreach (var name in requiredNames ?? [])
        {
            if (!functions.ContainsKey(name) && !errors.Any(e => Path.GetFileNameWithoutExtension(e.File).Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new PromptError(directory, 0, 0, $"no prompt named '{name}' (expected a file such as {name}.yaml)"));
            }
        }

        return errors.Count > 0 ? throw new PromptLoadException(errors) : new PromptLibrary(functions.Values);
    }

    /// <summary>Gets a function by name.</summary>
    public PromptFunction Get(string name) =>
        _functions.TryGetValue(name, out var function)
            ? function
            : throw new KeyNotFoundException($"No prompt named '{name}'. Loaded: {string.Join(", ", _functions.Keys)}.");

    /// <summary>Whether a function exists.</summary>
    public bool Contains(string name) => _functions.ContainsKey(name);

    /// <summary>
    /// The SK arguments for a call: empty values are left out so the variable's <c>default</c> applies (SK only
    /// fills defaults for missing arguments), and a required variable without value or default is an error.
    /// </summary>
    /// <exception cref="ArgumentException">A required variable has no value.</exception>
    public KernelArguments Arguments(string name, IReadOnlyDictionary<string, object?> values)
    {
        var function = Get(name);
        var arguments = new KernelArguments();
        foreach (var (key, value) in values)
        {
            if (value is not (null or ""))
            {
                arguments[key] = value;
            }
        }

        var missing = function.Config.InputVariables
            .Where(v => v.IsRequired && v.Default is null && !arguments.ContainsName(v.Name))
            .Select(v => v.Name)
            .ToList();
        return missing.Count > 0
            ? throw new ArgumentException($"Prompt '{name}' needs values for: {string.Join(", ", missing)}.", nameof(values))
            : arguments;
    }
}
