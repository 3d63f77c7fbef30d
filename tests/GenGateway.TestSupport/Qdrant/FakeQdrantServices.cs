using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace GenGateway.TestSupport.Qdrant;

// Qdrant.Client ships only client stubs, so the services are bound by hand over its own message types.
// Grpc.AspNetCore finds each handler by the method's name on the [BindServiceMethod] type and needs it public virtual,
// which is why these classes are not sealed.

/// <summary>The <c>qdrant.Points</c> service of the fake.</summary>
[BindServiceMethod(typeof(FakeQdrantPointsService), nameof(BindService))]
public class FakeQdrantPointsService(FakeQdrant qdrant)
{
    private const string Service = "qdrant.Points";

    public static void BindService(ServiceBinderBase binder, FakeQdrantPointsService? service)
    {
        ArgumentNullException.ThrowIfNull(binder);
        FakeQdrantMethods.Bind(binder, Service, nameof(Upsert), UpsertPoints.Parser, PointsOperationResponse.Parser);
        FakeQdrantMethods.Bind(binder, Service, nameof(Delete), DeletePoints.Parser, PointsOperationResponse.Parser);
        FakeQdrantMethods.Bind(binder, Service, nameof(Get), GetPoints.Parser, GetResponse.Parser);
        FakeQdrantMethods.Bind(binder, Service, nameof(Query), QueryPoints.Parser, QueryResponse.Parser);
        FakeQdrantMethods.Bind(binder, Service, nameof(Scroll), ScrollPoints.Parser, ScrollResponse.Parser);
        FakeQdrantMethods.Bind(binder, Service, nameof(Count), CountPoints.Parser, CountResponse.Parser);
        FakeQdrantMethods.Bind(binder, Service, nameof(CreateFieldIndex), CreateFieldIndexCollection.Parser, PointsOperationResponse.Parser);
    }

    public virtual Task<PointsOperationResponse> Upsert(UpsertPoints request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/Upsert", request, context, () => qdrant.Upsert(request));

    public virtual Task<PointsOperationResponse> Delete(DeletePoints request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/Delete", request, context, () => qdrant.Delete(request));

    public virtual Task<GetResponse> Get(GetPoints request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/Get", request, context, () => qdrant.Get(request));

    public virtual Task<QueryResponse> Query(QueryPoints request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/Query", request, context, () => qdrant.Query(request));

    public virtual Task<ScrollResponse> Scroll(ScrollPoints request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/Scroll", request, context, () => qdrant.Scroll(request));

    public virtual Task<CountResponse> Count(CountPoints request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/Count", request, context, () => qdrant.Count(request));

    public virtual Task<PointsOperationResponse> CreateFieldIndex(CreateFieldIndexCollection request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/CreateFieldIndex", request, context, () => qdrant.CreateFieldIndex(request));
}

/// <summary>The <c>qdrant.Collections</c> service of the fake.</summary>
[BindServiceMethod(typeof(FakeQdrantCollectionsService), nameof(BindService))]
public class FakeQdrantCollectionsService(FakeQdrant qdrant)
{
    private const string Service = "qdrant.Collections";

    public static void BindService(ServiceBinderBase binder, FakeQdrantCollectionsService? service)
    {
        ArgumentNullException.ThrowIfNull(binder);
        FakeQdrantMethods.Bind(binder, Service, nameof(Get), GetCollectionInfoRequest.Parser, GetCollectionInfoResponse.Parser);
        FakeQdrantMethods.Bind(binder, Service, nameof(Create), CreateCollection.Parser, CollectionOperationResponse.Parser);
        FakeQdrantMethods.Bind(binder, Service, nameof(Delete), DeleteCollection.Parser, CollectionOperationResponse.Parser);
        FakeQdrantMethods.Bind(binder, Service, nameof(CollectionExists), CollectionExistsRequest.Parser, CollectionExistsResponse.Parser);
    }

    public virtual Task<GetCollectionInfoResponse> Get(GetCollectionInfoRequest request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/Get", request, context, () => qdrant.GetCollection(request));

    public virtual Task<CollectionOperationResponse> Create(CreateCollection request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/Create", request, context, () => qdrant.CreateCollection(request));

    public virtual Task<CollectionOperationResponse> Delete(DeleteCollection request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/Delete", request, context, () => qdrant.DeleteCollection(request));

    public virtual Task<CollectionExistsResponse> CollectionExists(CollectionExistsRequest request, ServerCallContext context) =>
        qdrant.HandleAsync(Service + "/CollectionExists", request, context, () => qdrant.CollectionExists(request));
}

internal static class FakeQdrantMethods
{
    /// <summary>Declares a unary method; the handler is found by name on the service type, so none is passed here.</summary>
    public static void Bind<TRequest, TResponse>(ServiceBinderBase binder, string service, string name, MessageParser<TRequest> request, MessageParser<TResponse> response)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        binder.AddMethod(
            new Method<TRequest, TResponse>(MethodType.Unary, service, name, Marshallers.Create(m => m.ToByteArray(), request.ParseFrom), Marshallers.Create(m => m.ToByteArray(), response.ParseFrom)),
            (UnaryServerMethod<TRequest, TResponse>?)null);
}
