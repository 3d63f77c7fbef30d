using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GenGateway.TestSupport.Http;

/// <summary>
/// The replies of one POST route of a <see cref="FakeHttpServer"/>, as WireMock mappings in three layers: scripted
/// replies first, one per request in the order they were queued (a WireMock scenario whose state is the number of
/// scripted replies sent), then an optional default, then the fake's own fallback. WireMock moves the scenario on
/// when a reply is produced, so scripts are meant for requests that arrive one after another.
/// </summary>
public sealed class ScriptedRoute
{
    private const int ScriptPriority = 1;
    private const int DefaultPriority = 10;
    private const int FallbackPriority = 100;

    private readonly WireMockServer _server;
    private readonly string[] _paths;
    private readonly string _scenario = $"script-{Guid.NewGuid():N}";
    private readonly Guid _defaultMapping = Guid.NewGuid();
    private readonly Lock _gate = new();
    private int _scripted;

    /// <summary>Serves POSTs to any of <paramref name="paths"/> on <paramref name="server"/>.</summary>
    public ScriptedRoute(FakeHttpServer server, params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(server);
        _server = server.WireMock;
        _paths = paths;
        _server.SetScenarioState(_scenario, "0");
    }

    /// <summary>Queues replies for the next requests.</summary>
    public void Enqueue(params FakeReply[] replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        lock (_gate)
        {
            foreach (var reply in replies)
            {
                int step = _scripted++;
                _server.Given(Matching())
                    .AtPriority(ScriptPriority)
                    .InScenario(_scenario)
                    .WhenStateIs(step)
                    .WillSetStateTo(step + 1)
                    .RespondWith(reply.ToResponse());
            }
        }
    }

    /// <summary>The reply once the script is used up, or none (then the fallback answers).</summary>
    public void SetDefault(FakeReply? reply)
    {
        if (reply is null)
        {
            _server.DeleteMapping(_defaultMapping);
            return;
        }

        // WireMock builds an event stream's queue once per mapping, so a stream can only be answered once.
        if (reply.Events is not null)
        {
            throw new ArgumentException("A streamed reply can only be served once: enqueue it instead.", nameof(reply));
        }

        _server.Given(Matching()).WithGuid(_defaultMapping).AtPriority(DefaultPriority).RespondWith(reply.ToResponse());
    }

    /// <summary>What answers when there is neither a scripted reply nor a default.</summary>
    public void SetFallback(IResponseBuilder response) =>
        _server.Given(Matching()).AtPriority(FallbackPriority).RespondWith(response);

    private IRequestBuilder Matching() => Request.Create().WithPath(_paths).UsingPost();
}
