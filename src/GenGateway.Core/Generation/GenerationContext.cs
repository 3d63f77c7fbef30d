namespace GenGateway.Core.Generation;

/// <summary>Who is asking: the tenant from the caller's credentials and the request's id.</summary>
/// <param name="Tenant">Tenant the request belongs to; <c>default</c> when auth is off.</param>
/// <param name="RequestId">Identifier echoed in the response and quoted in feedback.</param>
/// <param name="Explain">When true, rejected candidates are returned too, with reasons.</param>
/// <param name="Overrides">What an experiment arm changes about this request, if anything.</param>
public sealed record GenerationContext(string Tenant, string RequestId, bool Explain = false, GenerationOverrides? Overrides = null);
