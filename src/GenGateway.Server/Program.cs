using GenGateway.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGenGatewayServer();

var app = builder.Build();
app.UseGenGatewayServer();
app.MapGenGatewayApis();
app.Run();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
