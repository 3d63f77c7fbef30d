using System.Net;
using System.Text;
using System.Text.Json;
using GenGateway.Server.Tests.Fakes;

namespace GenGateway.Server.Tests.Apis.Users;

/// <summary>
/// Tried as a new user would: events full of personal data, feedback with an edited text, consent; the data directory
/// and the console log never hold the raw personal data, and after the erase (also one cut short by kill -9 and
/// finished by the restart) no file under the data directory holds anything of the user.
/// </summary>
public sealed class ErasureTests
{
    private const string User = "zoe.quill@example.org";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    // Personal data the user sends; none may be stored or logged raw. (The user id is the integrator's key for the
    // user and is stored to serve them until the erase; the log names users by a keyed hash only.)
    private static readonly string[] RawPii =
    [
        "zoe.private@example.net", "+44 20 7946 0958", "(415)5550132", "4111 1111 1111 1111", "de89 3704 0044 0532 0130 00",
        "221B Baker Street", "London NW1 6XE", "203.0.113.45", "123-45-6789", "bob.sender@example.com",
    ];

    // Words only this user's texts, subjects, metadata and ids hold; none may be readable after the erase.
    private static readonly string[] Traces = ["Quillfeather", "zanzibarcove", "marmaladeorbit", "evt-zoe-", "vip-tier-kumquat", "persimmonhat"];

    [Fact]
    public async Task Nothing_raw_is_stored_or_logged_and_after_the_erase_nothing_of_the_user_is_left_on_disk()
    {
        var data = Directory.CreateTempSubdirectory("gengateway-erase").FullName;
        await using var server = await ServerProcess.StartAsync(data);
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        await FillAsync(client, User);
        await FillAsync(client, "other-user");

        Assert.Empty(Scan(data, RawPii));
        var logged = string.Join('\n', server.Output);
        Assert.All(RawPii.Append(User), pii => Assert.DoesNotContain(pii, logged, StringComparison.Ordinal));
        Assert.NotEmpty(Scan(data, ["other-user"]));

        using var erased = await client.DeleteAsync($"/v1/users/{Uri.EscapeDataString(User)}");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Empty(Scan(data, [.. Traces, User]));
        var export = await Requests.ReadJson(await client.GetAsync($"/v1/users/{Uri.EscapeDataString(User)}/export"));
        Assert.Empty(export.GetProperty("events").EnumerateArray());
        Assert.Empty(export.GetProperty("feedback").EnumerateArray());
        Assert.Contains(server.Output, line => line.Contains("Erased user", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Output, line => line.Contains(User, StringComparison.Ordinal));

        await server.KillAsync();
        await using var restarted = await ServerProcess.StartAsync(data);
        Assert.Empty(Scan(data, [.. Traces, User]));
        using var again = new HttpClient { BaseAddress = new Uri(restarted.BaseUrl) };
        var other = await Requests.ReadJson(await again.GetAsync("/v1/users/other-user/export"));
        Assert.Equal(4, other.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task An_erase_cut_short_by_kill_9_leaves_nothing_of_the_user_after_the_restart()
    {
        // The kill lands at a different moment of the erase each round; whatever it cut, the restart finishes the
        // erase from its journal (or, when the erase had not begun, the unacknowledged DELETE is sent again).
        for (var round = 0; round < 4; round++)
        {
            var data = Directory.CreateTempSubdirectory("gengateway-erase-kill").FullName;
            await using (var first = await ServerProcess.StartAsync(data))
            {
                using var client = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
                await FillAsync(client, User);
                await FillAsync(client, "other-user");
                var erase = client.DeleteAsync($"/v1/users/{Uri.EscapeDataString(User)}");
                await Task.Delay(round * 3);
                await first.KillAsync();
                await Task.WhenAny(erase);
            }

            // Only a whole journal entry announces an erase; a temporary file left by a kill during the journal write
            // means the erase never began, and the client (which got no answer) sends the DELETE again.
            var journal = Path.Combine(data, "privacy", "erasures");
            var journaled = Directory.Exists(journal) && Directory.EnumerateFiles(journal, "*.json").Any();
            await using var second = await ServerProcess.StartAsync(data);
            using var again = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };
            if (journaled)
            {
                Assert.Empty(Scan(data, [.. Traces, User]));
            }
            else
            {
                using var retried = await again.DeleteAsync($"/v1/users/{Uri.EscapeDataString(User)}");
                Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
                Assert.Empty(Scan(data, [.. Traces, User]));
            }

            Assert.Equal(4, (await Requests.ReadJson(await again.GetAsync("/v1/users/other-user/export"))).GetProperty("events").GetArrayLength());
        }
    }

    private static async Task FillAsync(HttpClient client, string user)
    {
        var path = $"/v1/users/{Uri.EscapeDataString(user)}";
        var at = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        var own = user == User;
        var events = new object[]
        {
            new
            {
                id = own ? "evt-zoe-1" : "o1", type = "message_sent", occurredAt = at,
                subject = own ? "Quillfeather invoice for zoe.private@example.net" : "Hello",
                text = own ? "Hi, it's Zoe Quillfeather from zanzibarcove: call +44 20 7946 0958 or (415)5550132, card 4111 1111 1111 1111, IBAN de89 3704 0044 0532 0130 00" : "Hi there",
                metadata = new Dictionary<string, object> { [own ? "zoe.private@example.net" : "plain"] = own ? "vip-tier-kumquat" : "x" },
            },
            new { id = own ? "zoe.private@example.net" : "o2", type = "message_sent", occurredAt = at.AddDays(1), text = own ? "Ship marmaladeorbit to 221B Baker Street, London NW1 6XE" : "Fine, thanks" },
            new { id = own ? "evt-zoe-3" : "o3", type = "message_sent", occurredAt = at.AddDays(2), text = own ? "Login came from 203.0.113.45, SSN 123-45-6789" : "See you" },
            new { id = own ? "evt-zoe-4" : "o4", type = "message_sent", occurredAt = at.AddDays(3), text = own ? "persimmonhat forever" : "Cheers" },
        };
        using var ingested = await client.PostAsync($"{path}/events", Requests.Json(JsonSerializer.Serialize(new { events }, Web)));
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        using var consent = await client.PutAsync($"{path}/consent", Requests.Json("""{ "personalization": true }"""));
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);

        var generated = await Requests.ReadJson(await client.PostAsync("/v1/smart-replies", Requests.Json(
            UserBodies.SmartReply(user).Replace("bob@example.com", "bob.sender@example.com", StringComparison.Ordinal))));
        var requestId = generated.GetProperty("requestId").GetString();
        var edited = own ? "persimmonhat: reach me at zoe.private@example.net or (415)5550132, card 4111 1111 1111 1111" : "ok";
        using var feedback = await client.PostAsync("/v1/feedback", Requests.Json(JsonSerializer.Serialize(
            new { requestId, candidateIndex = 0, outcome = "edited", editedText = edited }, Web)));
        Assert.Equal(HttpStatusCode.Accepted, feedback.StatusCode);
    }

    // Every file under the data directory (log segments, torn-tail side files, key ring, profiles, consent, feedback,
    // journals), its bytes and its name, searched for each needle.
    private static List<string> Scan(string directory, IEnumerable<string> needles)
    {
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            // The store's lock file is held with an exclusive OS lock while the store is open; it holds only the owner's process id.
            if (Path.GetFileName(file) == "store.lock")
            {
                Assert.True(new FileInfo(file).Length <= 16);
                continue;
            }

            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }

            foreach (var needle in needles)
            {
                if (bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0 || file.Contains(needle, StringComparison.Ordinal))
                {
                    hits.Add($"{Path.GetRelativePath(directory, file)}: {needle}");
                }
            }
        }

        return hits;
    }
}
