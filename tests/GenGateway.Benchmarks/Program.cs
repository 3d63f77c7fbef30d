using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project tests/GenGateway.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
