using Google.Protobuf.Collections;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace GenGateway.TestSupport.Qdrant;

/// <summary>Evaluates the subset of Qdrant filters the gateway sends (must/should/must_not over keyword matches); anything else is refused, not ignored.</summary>
internal static class FakeQdrantFilter
{
    public static bool Matches(Filter? filter, MapField<string, Value> payload)
    {
        if (filter is null)
        {
            return true;
        }

        return filter.Must.All(c => Matches(c, payload))
            && !filter.MustNot.Any(c => Matches(c, payload))
            && (filter.Should.Count == 0 || filter.Should.Any(c => Matches(c, payload)));
    }

    private static bool Matches(Condition condition, MapField<string, Value> payload)
    {
        if (condition.ConditionOneOfCase == Condition.ConditionOneOfOneofCase.Filter)
        {
            return Matches(condition.Filter, payload);
        }

        if (condition.ConditionOneOfCase != Condition.ConditionOneOfOneofCase.Field || condition.Field.Match is null)
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"fake Qdrant does not evaluate condition {condition}"));
        }

        var field = condition.Field;
        var value = payload.TryGetValue(field.Key, out var v) && v.KindCase == Value.KindOneofCase.StringValue ? v.StringValue : null;
        return field.Match.MatchValueCase switch
        {
            Match.MatchValueOneofCase.Keyword => value == field.Match.Keyword,
            Match.MatchValueOneofCase.Keywords => value is not null && field.Match.Keywords.Strings.Contains(value),
            Match.MatchValueOneofCase.ExceptKeywords => value is null || !field.Match.ExceptKeywords.Strings.Contains(value),
            _ => throw new RpcException(new Status(StatusCode.Unimplemented, $"fake Qdrant does not evaluate match {field.Match}")),
        };
    }
}
