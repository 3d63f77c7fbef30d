using GenGateway.Experiments.Assignment;

namespace GenGateway.Experiments.Tests.Assignment;

public sealed class ArmAssignerTests
{
    private static readonly string[] Units = [.. Enumerable.Range(0, 20_000).Select(i => $"user-{i}")];

    private static Dictionary<string, string> Assign(params (string Arm, double Weight)[] arms) =>
        Units.ToDictionary(u => u, u => ArmAssigner.Pick("t", "exp", "salt", u, arms.Select(a => KeyValuePair.Create(a.Arm, a.Weight))));

    [Fact]
    public void Same_inputs_give_the_same_arm_on_every_replica_and_restart()
    {
        var first = Assign(("a", 1), ("b", 1));
        var again = Assign(("b", 1), ("a", 1));
        Assert.Equal(first, again);
    }

    [Fact]
    public void Arms_receive_users_in_proportion_to_their_weights()
    {
        var assigned = Assign(("control", 1), ("variant", 3));
        var share = assigned.Values.Count(a => a == "variant") / (double)Units.Length;
        // 20,000 users: the standard error of the share is 0.003; 0.015 is five of them.
        Assert.InRange(share, 0.735, 0.765);
    }

    [Fact]
    public void Raising_one_arm_only_pulls_users_into_it()
    {
        var before = Assign(("a", 1), ("b", 1), ("c", 1));
        var after = Assign(("a", 1), ("b", 3), ("c", 1));
        var moved = Units.Where(u => before[u] != after[u]).ToList();
        Assert.NotEmpty(moved);
        Assert.All(moved, u => Assert.Equal("b", after[u]));
    }

    [Fact]
    public void Stopping_an_arm_only_moves_its_own_users()
    {
        var before = Assign(("a", 1), ("b", 1), ("c", 1));
        var after = Assign(("a", 1), ("c", 1));
        Assert.All(Units.Where(u => before[u] != "b"), u => Assert.Equal(before[u], after[u]));
    }

    [Fact]
    public void A_new_salt_reshuffles_users()
    {
        var arms = new[] { KeyValuePair.Create("a", 1.0), KeyValuePair.Create("b", 1.0) };
        var changed = Units.Count(u => ArmAssigner.Pick("t", "exp", "one", u, arms) != ArmAssigner.Pick("t", "exp", "two", u, arms));
        Assert.InRange(changed / (double)Units.Length, 0.45, 0.55);
    }
}
