using GenGateway.Core.Responses;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Prompts;

/// <summary>A prompt file as an SK function: its <see cref="PromptTemplateConfig"/>, the function created from it once at load, and which file and version it is.</summary>
public sealed class PromptFunction
{
    private PromptFunction(PromptTemplateConfig config, KernelFunction function, string sourcePath, string version)
    {
        Config = config;
        Function = function;
        SourcePath = sourcePath;
        Version = version;
    }

    /// <summary>The prompt's name (the file's <c>name</c>); the gateway looks prompts up by it.</summary>
    public string Name => Config.Name!;

    /// <summary>SK's configuration, as read from the file.</summary>
    public PromptTemplateConfig Config { get; }

    /// <summary>The function, created with <see cref="KernelFunctionFactory.CreateFromPrompt(PromptTemplateConfig, IPromptTemplateFactory?, Microsoft.Extensions.Logging.ILoggerFactory?)"/>.</summary>
    public KernelFunction Function { get; }

    /// <summary>Path of the file it came from.</summary>
    public string SourcePath { get; }

    /// <summary>Content hash of the file (first 12 hex chars of SHA-256).</summary>
    public string Version { get; }

    /// <summary>Name and version, as responses report them.</summary>
    public PromptInfo Info => new(Name, Version);

    /// <summary>Creates the function from a checked configuration.</summary>
    internal static PromptFunction Create(PromptTemplateConfig config, string sourcePath, string version) =>
        new(config, KernelFunctionFactory.CreateFromPrompt(config, PromptTemplateFormats.FactoryFor(config)), sourcePath, version);

    /// <summary>The same prompt under another name (an eval suite's override of a shipped prompt keeps the shipped name).</summary>
    public PromptFunction Renamed(string name)
    {
        if (string.Equals(name, Name, StringComparison.Ordinal))
        {
            return this;
        }

        var config = new PromptTemplateConfig(Config.Template)
        {
            Name = name,
            Description = Config.Description,
            TemplateFormat = Config.TemplateFormat,
            InputVariables = Config.InputVariables,
            OutputVariable = Config.OutputVariable,
            ExecutionSettings = Config.ExecutionSettings,
            AllowDangerouslySetContent = Config.AllowDangerouslySetContent,
        };
        return Create(config, SourcePath, Version);
    }

    /// <summary>
    /// The settings for one service id, by SK's rule: the entry keyed by that id, else <c>default</c>, else none.
    /// </summary>
    public PromptExecutionSettings? SettingsFor(string serviceId) =>
        Config.ExecutionSettings.TryGetValue(serviceId, out var own) ? own
        : Config.ExecutionSettings.TryGetValue(PromptExecutionSettings.DefaultServiceId, out var fallback) ? fallback
        : null;
}
