using System.CommandLine;
using GenGateway.Cli.Commands;

var root = new RootCommand("gengateway: personalized text generation gateway tools");
root.Subcommands.Add(PromptsCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(EvaluatorsCommand.Create());
root.Subcommands.Add(ProfileCommand.Create());
root.Subcommands.Add(ExperimentsCommand.Create());
root.Subcommands.Add(LocalCommand.Create());
return await CliRunner.RunAsync(root, args, Console.Error);
