using System.CommandLine;
using GenGateway.Core.Prompts;

namespace GenGateway.Cli.Commands;

/// <summary><c>gengateway prompts check [dir]</c>: loads prompt files the way the server does and reports every problem.</summary>
public static class PromptsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir")
        {
            Description = "Folder of prompt YAML files",
            DefaultValueFactory = _ => new DirectoryInfo("prompts"),
        };
        var check = new Command("check", "Validate prompt files (syntax, schema, undeclared variables)") { directory };
        check.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            try
            {
                var library = PromptLibrary.LoadDirectory(dir.FullName);
                Console.Out.WriteLine($"{library.Names.Count()} prompt(s) OK: {string.Join(", ", library.Names.Order(StringComparer.Ordinal))}");
                return ExitCodes.Success;
            }
            catch (PromptLoadException ex)
            {
                foreach (var error in ex.Errors)
                {
                    Console.Error.WriteLine(error);
                }

                return ExitCodes.InvalidInput;
            }
        });
        return new Command("prompts", "Work with prompt files") { check };
    }
}
