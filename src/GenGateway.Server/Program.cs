using GenGateway.Server.Hosting;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddGenGatewayServer();

    var app = builder.Build();
    app.UseGenGatewayServer();
    app.MapGenGatewayApis();
    app.Run();
    return 0;
}
catch (Exception ex) when (StartupFailure.OwnsProcess && StartupFailure.Describe(ex) is { } reason)
{
    // Bad settings, prompt files, models or a busy port: the operator's last line says what to fix, without a stack.
    Console.Error.WriteLine($"gengateway: cannot start: {reason}");
    return 1;
}

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
