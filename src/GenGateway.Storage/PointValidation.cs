namespace GenGateway.Storage;

/// <summary>Checks shared by both backends before a point is written.</summary>
internal static class PointValidation
{
    public static void Check(VectorPoint point, int dimension)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (string.IsNullOrEmpty(point.Tenant) || string.IsNullOrEmpty(point.UserId) || string.IsNullOrEmpty(point.Id) || string.IsNullOrEmpty(point.Kind))
        {
            throw new ArgumentException($"Point '{point.Id}' needs a tenant, user id, id and kind.", nameof(point));
        }

        if (point.Vector.Length != dimension)
        {
            throw new ArgumentException($"Point '{point.Id}' has a {point.Vector.Length}-dimensional vector; the store's embedder makes {dimension}.", nameof(point));
        }

        foreach (var value in point.Vector.Span)
        {
            if (!float.IsFinite(value))
            {
                throw new ArgumentException($"Point '{point.Id}' has a vector with NaN or infinite values.", nameof(point));
            }
        }
    }
}
