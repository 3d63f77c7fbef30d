namespace GenGateway.Core.Configuration;

/// <summary>Per-task settings under <c>GenGateway:Tasks:&lt;task&gt;</c> (task = subject-lines, smart-replies, ui-copy).</summary>
public sealed class TaskOptions
{
    /// <summary>Provider names to try in order for this task; empty uses <see cref="GenGatewayOptions.ProviderOrder"/>.</summary>
    public List<string> Providers { get; set; } = [];
}
