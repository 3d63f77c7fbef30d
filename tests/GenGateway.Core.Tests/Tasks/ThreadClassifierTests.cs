using GenGateway.Core.Requests;
using GenGateway.Core.Tasks;

namespace GenGateway.Core.Tasks;

public sealed class ThreadClassifierTests
{
    [Theory]
    [InlineData("no-reply@shop.example", "Your order shipped.", NoSuggestionReasons.AutomatedSender)]
    [InlineData("Notifications <notifications@github.example>", "New comment", NoSuggestionReasons.AutomatedSender)]
    [InlineData("deals@shop.example", "Big savings this week! Unsubscribe here.", NoSuggestionReasons.Newsletter)]
    [InlineData("bob@example.com", "Sounds good!", NoSuggestionReasons.NothingToAnswer)]
    [InlineData("bob@example.com", "ok", NoSuggestionReasons.NothingToAnswer)]
    [InlineData("bob@example.com", "Can we talk tomorrow?", null)]
    [InlineData("newsroom-fan@example.com", "Did you see the news?", null)]
    public void Knows_when_a_reply_makes_no_sense(string from, string text, string? expected)
    {
        Assert.Equal(expected, ThreadClassifier.NoReplyReason(new ThreadMessage { From = from, Text = text }));
    }

    [Theory]
    [InlineData("Can we move our call to Thursday at 3pm?", ReplyIntent.Scheduling)]
    [InlineData("Are you coming to the party?", ReplyIntent.YesNoQuestion)]
    [InlineData("What did the client say?", ReplyIntent.OpenQuestion)]
    [InlineData("Please send me the slides.", ReplyIntent.Request)]
    [InlineData("Thanks so much for your help yesterday.", ReplyIntent.Thanks)]
    [InlineData("Sorry, I missed your call.", ReplyIntent.Apology)]
    [InlineData("I got the job!", ReplyIntent.GoodNews)]
    [InlineData("The build is green again.", ReplyIntent.Statement)]
    public void Detects_intent_of_the_last_message(string text, ReplyIntent expected)
    {
        Assert.Equal(expected, ThreadClassifier.Intent(text));
    }
}
