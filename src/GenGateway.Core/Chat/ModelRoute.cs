using Microsoft.Extensions.AI;

namespace GenGateway.Core.Chat;

/// <summary>One provider in a task's fallback chain: its name, its model and its layered client.</summary>
public sealed record ModelRoute(string Name, string Model, IChatClient Client);
