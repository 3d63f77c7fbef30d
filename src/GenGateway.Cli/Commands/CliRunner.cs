using System.CommandLine;
using System.Text.RegularExpressions;

namespace GenGateway.Cli.Commands;

/// <summary>
/// Parses and runs a command so that every failure ends as one line and a documented exit code: a bad flag or
/// value exits <see cref="ExitCodes.InvalidInput"/> (docs/eval.md), an unexpected failure exits
/// <see cref="ExitCodes.Failures"/>, and neither prints a stack trace or a .NET type name.
/// </summary>
public static partial class CliRunner
{
    /// <summary>Runs <paramref name="args"/> against <paramref name="root"/>.</summary>
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter stderr)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync("gengateway: " + Readable(error.Message));
            }

            await stderr.WriteLineAsync("Run 'gengateway --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("gengateway: cancelled");
            return ExitCodes.Failures;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync("gengateway: " + Readable(ex.Message));
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex)
        {
            await stderr.WriteLineAsync("gengateway: " + Readable(ex.Message));
            return ExitCodes.Failures;
        }
    }

    /// <summary>A parser or runtime message without .NET type names or line breaks.</summary>
    public static string Readable(string message)
    {
        var text = DotnetType().Replace(message, m => GenGateway.Core.Validation.JsonErrorText.JsonKindOf(m.Value) switch
        {
            "an object" => "a value of the right kind",
            var kind => kind,
        });
        var cut = text.IndexOf(" Path:", StringComparison.Ordinal);
        cut = cut > 0 ? cut : text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        text = cut > 0 ? text[..cut] : text;
        return string.Join(' ', text.Split(['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries)).Replace("expected type 'a", "expected 'a", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"System\.[A-Za-z0-9_.`\[\]]+")]
    private static partial Regex DotnetType();
}
