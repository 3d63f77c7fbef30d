using GenGateway.Experiments.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenGateway.Experiments.Tests.Configuration;

public sealed class ExperimentCatalogTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, string?> Valid(string variantStatus = "running") => new()
    {
        ["GenGateway:Experiments:Definitions:exp:Task"] = "subject-lines",
        ["GenGateway:Experiments:Definitions:exp:Arms:control:Control"] = "true",
        ["GenGateway:Experiments:Definitions:exp:Arms:variant:Weight"] = "2",
        ["GenGateway:Experiments:Definitions:exp:Arms:variant:Status"] = variantStatus,
    };

    [Fact]
    public void A_reload_that_does_not_validate_keeps_the_last_good_set()
    {
        var source = new MemoryConfigurationSource { InitialData = Valid() };
        var configuration = (IConfigurationRoot)new ConfigurationBuilder().Add(source).Build();
        using var catalog = new ExperimentCatalog(configuration, NullLogger<ExperimentCatalog>.Instance);

        var memory = configuration.Providers.OfType<MemoryConfigurationProvider>().Single();
        memory.Set("GenGateway:Experiments:Definitions:exp:Arms:variant:Weight", "-1");
        configuration.Reload();
        Assert.Equal(2, catalog.Current.Definitions["exp"].Arms["variant"].Weight);

        memory.Set("GenGateway:Experiments:Definitions:exp:Arms:variant:Weight", "3");
        memory.Set("GenGateway:Experiments:Definitions:exp:Arms:variant:Status", "stopped");
        configuration.Reload();
        Assert.Equal("stopped", catalog.Current.Definitions["exp"].Arms["variant"].Status);
    }

    [Fact]
    public void Only_a_running_experiment_inside_its_window_applies()
    {
        var options = Support.Definitions.Options(Support.Definitions.TwoArm());
        options.Definitions["exp"].Start = Now.AddDays(1);
        using var catalog = new ExperimentCatalog(options, NullLogger<ExperimentCatalog>.Instance);
        Assert.Null(catalog.Find("default", "subject-lines", Now));
        Assert.NotNull(catalog.Find("default", "subject-lines", Now.AddDays(2)));
        Assert.Null(catalog.Find("other-tenant", "subject-lines", Now.AddDays(2)));
        Assert.Null(catalog.Find("default", "ui-copy", Now.AddDays(2)));
    }

    [Fact]
    public void Every_problem_is_named_by_its_configuration_key()
    {
        var definition = new ExperimentDefinition
        {
            Task = "subject-line",
            PrimaryOutcome = "liked",
            Arms = new(StringComparer.Ordinal)
            {
                ["a"] = new ArmDefinition { Weight = 0 },
                ["b"] = new ArmDefinition { Control = true, Holdout = "nothing", Prompt = "other" },
            },
            ForcedArms = new(StringComparer.Ordinal) { ["qa"] = "c" },
        };
        var references = new ExperimentReferences(_ => false, _ => false);
        var error = Assert.Throws<ArgumentException>(() =>
            new ExperimentCatalog(Support.Definitions.Options(definition), NullLogger<ExperimentCatalog>.Instance, references)).Message;
        Assert.Contains("GenGateway:Experiments:Definitions:exp:Task must be one of subject-lines, smart-replies, ui-copy (got 'subject-line')", error, StringComparison.Ordinal);
        Assert.Contains("Definitions:exp:PrimaryOutcome must be one of", error, StringComparison.Ordinal);
        Assert.Contains("Definitions:exp:Arms:a:Weight must be a positive number", error, StringComparison.Ordinal);
        Assert.Contains("Definitions:exp:Arms:b:Holdout must be one of empty, rules (got 'nothing')", error, StringComparison.Ordinal);
        Assert.Contains("Definitions:exp:ForcedArms:qa names arm 'c'", error, StringComparison.Ordinal);
        Assert.Contains("Definitions:exp:Arms:b:Prompt names 'other', which is not a prompt function", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_running_experiments_on_one_task_are_refused()
    {
        var options = Support.Definitions.Options(Support.Definitions.TwoArm());
        options.Definitions["second"] = Support.Definitions.TwoArm();
        var error = Assert.Throws<ArgumentException>(() => new ExperimentCatalog(options, NullLogger<ExperimentCatalog>.Instance)).Message;
        Assert.Contains("already splits subject-lines for tenant 'default'", error, StringComparison.Ordinal);
    }
}
