namespace GenGateway.Experiments.Configuration;

/// <summary>Checks that what arms name exists: prompt functions in the prompt library, providers in the configuration.</summary>
/// <param name="promptExists">Whether a prompt function of that name is loaded.</param>
/// <param name="providerExists">Whether a provider of that name is configured.</param>
public sealed class ExperimentReferences(Func<string, bool> promptExists, Func<string, bool> providerExists)
{
    /// <summary>One message per unknown name, naming the configuration key.</summary>
    public IEnumerable<string> Check(ExperimentsOptions options)
    {
        foreach (var (id, experiment) in options.Definitions)
        {
            foreach (var (name, arm) in experiment.Arms)
            {
                var key = $"{ExperimentsOptions.SectionName}:Definitions:{id}:Arms:{name}";
                if (arm.Prompt is { } prompt && !promptExists(prompt))
                {
                    yield return $"{key}:Prompt names '{prompt}', which is not a prompt function in the prompts folder.";
                }

                foreach (var provider in arm.Providers ?? [])
                {
                    if (!providerExists(provider))
                    {
                        yield return $"{key}:Providers names '{provider}', which is not a configured provider.";
                    }
                }
            }
        }
    }
}
