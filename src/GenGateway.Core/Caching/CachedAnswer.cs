namespace GenGateway.Core.Caching;

/// <summary>What the cache keeps of a model answer: its text and the model that wrote it.</summary>
public sealed record CachedAnswer(string Text, string? ModelId);
