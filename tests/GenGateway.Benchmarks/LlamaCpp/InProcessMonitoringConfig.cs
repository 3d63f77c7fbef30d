using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GenGateway.Benchmarks.LlamaCpp;

/// <summary>
/// One in-process job of whole-operation measurements: each operation runs for tens to hundreds of milliseconds, so
/// BenchmarkDotNet's pilot and overhead stages buy nothing, and running in-process skips building a separate exe.
/// </summary>
internal sealed class InProcessMonitoringConfig : ManualConfig
{
    /// <summary>Measured operations per benchmark: <c>GENGATEWAY_BENCH_ITERATIONS</c>, default 10 (fewer on a busy machine).</summary>
    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("GENGATEWAY_BENCH_ITERATIONS"), out int iterations) && iterations > 0 ? iterations : 10;

    public InProcessMonitoringConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(Iterations)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true)));
    }
}
