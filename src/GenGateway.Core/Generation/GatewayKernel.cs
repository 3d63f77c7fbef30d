using GenGateway.Core.Chat;
using GenGateway.Core.Configuration;
using GenGateway.Core.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace GenGateway.Core.Generation;

/// <summary>
/// The gateway's SK <see cref="Kernel"/>: each configured provider's chain (cache, retries, breaker, timeout, provider)
/// is a keyed <see cref="IChatClient"/> under the provider's name, so a prompt's <c>execution_settings</c> keys are
/// SK service ids. This Kernel carries no guardrail: the LLM judge runs on it, and generation runs on a
/// <see cref="WithFilters"/> copy that adds the guardrail filters.
/// </summary>
public sealed class GatewayKernel : IDisposable
{
    private readonly ServiceProvider _services;

    /// <summary>Builds the Kernel once at startup.</summary>
    public GatewayKernel(ModelRouter router, IOptions<GenGatewayOptions> options)
    {
        var services = new ServiceCollection();
        foreach (var name in options.Value.Providers.Keys)
        {
            if (router.Route(name) is { } route)
            {
                // The router's chain answers ChatClientMetadata (SK refuses a client without it) and stays the
                // router's to dispose: a container does not dispose instances it was given.
                services.AddKeyedSingleton<IChatClient>(name, route.Client);
            }
        }

        services.AddSingleton<IPromptRenderFilter>(new FollowUpRenderFilter());
        _services = services.BuildServiceProvider();
        Kernel = new Kernel(_services);
    }

    /// <summary>The Kernel; its services are the provider chains.</summary>
    public Kernel Kernel { get; }

    /// <summary>A copy of <see cref="Kernel"/> (same services) that also runs the given filters.</summary>
    public Kernel WithFilters(IEnumerable<IPromptRenderFilter> renderFilters, IEnumerable<IFunctionInvocationFilter> invocationFilters)
    {
        var kernel = Kernel.Clone();
        foreach (var filter in renderFilters)
        {
            kernel.PromptRenderFilters.Add(filter);
        }

        foreach (var filter in invocationFilters)
        {
            kernel.FunctionInvocationFilters.Add(filter);
        }

        return kernel;
    }

    /// <summary>
    /// Invokes <paramref name="prompt"/> on one provider through <paramref name="kernel"/> (this Kernel or a <see cref="WithFilters"/> copy). The call's settings are the prompt's entry for that
    /// provider's service id (else <c>default</c>), with the provider's model when the prompt pins none, plus
    /// <paramref name="hints"/> (which reach the chain as <see cref="ChatOptions.AdditionalProperties"/>).
    /// </summary>
    public static async Task<FunctionResult> InvokeAsync(Kernel kernel, PromptFunction prompt, ModelRoute route, KernelArguments arguments,
        IReadOnlyDictionary<string, object>? hints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(arguments);
        var basis = prompt.SettingsFor(route.Name);
        var extension = basis?.ExtensionData is { } data ? new Dictionary<string, object>(data, StringComparer.Ordinal) : new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in hints ?? new Dictionary<string, object>())
        {
            extension[key] = value;
        }

        // Keyed by the provider's name, SK's selector picks exactly that provider's IChatClient.
        arguments.ExecutionSettings = new Dictionary<string, PromptExecutionSettings>(StringComparer.Ordinal)
        {
            [route.Name] = new() { ServiceId = route.Name, ModelId = basis?.ModelId ?? route.Model, ExtensionData = extension },
        };
        return await prompt.Function.InvokeAsync(kernel, arguments, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();
}
